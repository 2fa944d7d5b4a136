"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * The box a wide table scrolls in. It scrolls both ways (so the header rows can stick to its top while the
 * first columns stick to its left) and, only while the table is wider than the box, says so and becomes a
 * keyboard-focusable region (arrow keys scroll it even where no cell is an input).
 */
export function ScrollFrame({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflowing, setOverflowing] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setOverflowing(el.scrollWidth > el.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <>
      {overflowing && (
        <p className="mb-1 text-xs text-slate-600" data-testid="table-scroll-hint">
          <span aria-hidden="true">↔ </span>左右滑动查看全部列
        </p>
      )}
      <div
        ref={ref}
        data-testid="table-scroll"
        {...(overflowing ? { tabIndex: 0, role: "region", "aria-label": `${label}（可左右滚动）` } : {})}
        className="max-h-[75vh] overflow-auto overscroll-x-contain focus-visible:outline-2 focus-visible:outline-blue-700"
      >
        {children}
      </div>
    </>
  );
}
