import type { Severity } from "@/lib/checks/types";

/** Colour is never the only signal: each severity has an icon and a word too. */
export const SEVERITY: Record<Severity, { icon: string; label: string; text: string; box: string; cell: string }> = {
  error: { icon: "✖", label: "错误", text: "text-red-800", box: "border-red-300 bg-red-50", cell: "border-red-600 bg-red-50" },
  warning: { icon: "⚠", label: "提示", text: "text-amber-900", box: "border-amber-300 bg-amber-50", cell: "border-amber-500 bg-amber-50" },
  info: { icon: "ℹ", label: "信息", text: "text-slate-700", box: "border-slate-300 bg-slate-50", cell: "border-slate-400" },
};
