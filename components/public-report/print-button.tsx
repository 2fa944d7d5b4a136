"use client";

/** The print view's only client code: opens the browser's print dialog (also "save as PDF"). */
export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className="rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
      打印
    </button>
  );
}
