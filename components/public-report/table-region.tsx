import type { ReactNode } from "react";

/**
 * A table that scrolls sideways on a narrow screen. The wrapper is the scroll container (the table
 * component's own overflow wrapper is neutralised), focusable and named so that keyboard users can
 * scroll it and screen readers announce it; header cells keep a legible minimum width (narrower label
 * columns on a phone: see app/reports/print.css).
 */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="table-scroll my-3 overflow-x-auto rounded-sm [&>div]:overflow-visible"
    >
      {children}
    </div>
  );
}
