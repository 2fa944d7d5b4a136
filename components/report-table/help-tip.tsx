"use client";

import { useEffect, useRef, useState } from "react";

/**
 * The ⓘ beside a row or column label. A disclosure button, not a hover tooltip, so it works by keyboard
 * and by touch: Enter/Space/tap toggle it, Esc or a tap elsewhere closes it. The text element is always in
 * the DOM (hidden while closed) because the value cells name it in aria-describedby.
 */
export function HelpTip({ id, name, help }: { id: string; name: string; help: string }) {
  const [open, setOpen] = useState(false);
  // Opens towards the side with room, so a label at the table's right edge is not cut off by its scroll box.
  const [alignRight, setAlignRight] = useState(false);
  const box = useRef<HTMLSpanElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    // A frozen label cell is its own stacking layer, and the labels below it would paint over the open
    // text: lift this label's cell above its neighbours while the text is open.
    const cell = box.current?.closest("th");
    cell?.classList.add("z-40");
    const close = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", close);
    return () => {
      document.removeEventListener("pointerdown", close);
      cell?.classList.remove("z-40");
    };
  }, [open]);
  return (
    <span
      ref={box}
      className="relative ml-0.5 inline-block align-middle"
      onKeyDown={(e) => {
        if (e.key === "Escape" && open) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        aria-label={`说明：${name}`}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          const rect = box.current?.getBoundingClientRect();
          const frame = box.current?.closest("[data-testid=table-scroll]")?.getBoundingClientRect();
          if (rect) setAlignRight(rect.left + 256 > Math.min(window.innerWidth, frame?.right ?? Infinity));
          setOpen((o) => !o);
        }}
        className="inline-flex h-6 w-6 items-center justify-center rounded-full text-sm leading-none text-blue-800 hover:bg-blue-50 focus-visible:outline-2 focus-visible:outline-blue-700"
      >
        <span aria-hidden="true">ⓘ</span>
      </button>
      <span
        id={id}
        hidden={!open}
        data-testid="help-text"
        className={`absolute top-full ${alignRight ? "right-0" : "left-0"} z-30 mt-1 block w-64 max-w-[80vw] rounded border border-slate-300 bg-white p-2 text-left text-xs leading-relaxed font-normal whitespace-normal text-slate-800 shadow-lg`}
      >
        {help}
      </span>
    </span>
  );
}
