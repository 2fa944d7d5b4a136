import Link from "next/link";

const TABS = [
  { key: "overview", href: "/workspace/admin", label: "概览" },
  { key: "units", href: "/workspace/admin/units", label: "单位" },
  { key: "accounts", href: "/workspace/admin/accounts", label: "账户" },
  { key: "years", href: "/workspace/admin/years", label: "报告年度" },
  { key: "audit", href: "/workspace/admin/audit", label: "安全审计" },
] as const;

export type AdminSection = (typeof TABS)[number]["key"];

/** The administration pages' own navigation: where one is, and the way to the others. */
export function AdminNav({ current }: { current: AdminSection }) {
  return (
    <nav aria-label="系统管理" className="flex flex-wrap gap-1 border-b border-slate-300">
      {TABS.map((t) => (
        <Link
          key={t.key}
          href={t.href}
          aria-current={t.key === current ? "page" : undefined}
          className={`-mb-px rounded-t border px-4 py-2 text-sm ${
            t.key === current ? "border-slate-300 border-b-slate-50 bg-slate-50 font-semibold" : "border-transparent text-blue-800 hover:underline"
          }`}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
