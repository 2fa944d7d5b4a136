import { STATE_LABELS, type ReportState } from "@/lib/domain";

const STYLES: Record<ReportState, string> = {
  not_started: "bg-slate-100 text-slate-700 border-slate-300",
  draft: "bg-blue-50 text-blue-800 border-blue-200",
  submitted: "bg-violet-50 text-violet-800 border-violet-200",
  returned: "bg-amber-50 text-amber-900 border-amber-300",
  approved: "bg-green-50 text-green-800 border-green-200",
  published: "bg-emerald-100 text-emerald-900 border-emerald-300",
  imported: "bg-stone-100 text-stone-800 border-stone-300",
};

export function StateBadge({ state }: { state: ReportState }) {
  return <span className={`rounded border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${STYLES[state]}`}>{STATE_LABELS[state]}</span>;
}
