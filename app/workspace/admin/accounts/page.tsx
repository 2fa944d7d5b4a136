import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { listAccounts, type AccountFilter, type AccountRow } from "@/lib/dal/admin-accounts";
import { listUnits } from "@/lib/dal/admin-units";
import { requireUser } from "@/lib/dal/session";
import { ROLE_LABELS, ROLES } from "@/lib/domain";
import { formatTime } from "@/lib/format-date";
import { AdminNav } from "../_components/admin-nav";
import { UnitOptions } from "../_components/unit-options";

export const metadata: Metadata = { title: "账户管理" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function readFilter(sp: Record<string, string | string[] | undefined>): AccountFilter {
  const one = (k: string) => (typeof sp[k] === "string" ? (sp[k] as string) : undefined);
  const unitId = Number(one("unitId"));
  return {
    unitId: Number.isSafeInteger(unitId) && unitId > 0 ? unitId : undefined,
    role: ROLES.find((r) => r === one("role")),
    q: one("q")?.slice(0, 60),
  };
}

function status(a: AccountRow): string {
  if (a.disabled) return "已停用";
  if (a.locked && a.lockedUntil) return `已锁定（至 ${formatTime(a.lockedUntil)}）`;
  return "正常";
}

const cell = "border border-slate-300 px-3 py-2";
const control = "mt-1 rounded border border-slate-300 bg-white px-3 py-2";

export default async function AccountsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser("/workspace/admin/accounts");
  if (user.role !== "admin") notFound();
  const filter = readFilter(await searchParams);
  const accounts = listAccounts(user, filter);
  const units = listUnits(user, { status: "all" });

  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">账户管理</h1>
        <Link href="/workspace/admin/accounts/new" className="rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">新建账户</Link>
      </div>
      <div className="mt-4"><AdminNav current="accounts" /></div>

      <form method="get" role="search" aria-label="筛选账户" className="mt-6 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="filter-unit" className="block text-sm font-medium">单位</label>
          <select id="filter-unit" name="unitId" defaultValue={filter.unitId ?? ""} className={control}>
            <option value="">全部单位</option>
            <UnitOptions units={units} />
          </select>
        </div>
        <div>
          <label htmlFor="filter-role" className="block text-sm font-medium">角色</label>
          <select id="filter-role" name="role" defaultValue={filter.role ?? ""} className={control}>
            <option value="">全部角色</option>
            {ROLES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="filter-q" className="block text-sm font-medium">用户名、姓名或单位</label>
          <input id="filter-q" name="q" type="search" defaultValue={filter.q ?? ""} className={control} />
        </div>
        <button type="submit" className="rounded border border-slate-400 bg-white px-4 py-2 text-sm hover:bg-slate-100">筛选</button>
      </form>

      <p className="mt-4 text-sm text-slate-600">共 {accounts.length} 个账户</p>
      <table className="mt-2 w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="bg-slate-100">
            <th scope="col" className={`${cell} text-left`}>用户名</th>
            <th scope="col" className={`${cell} text-left`}>姓名或称呼</th>
            <th scope="col" className={`${cell} text-left`}>单位</th>
            <th scope="col" className={`${cell} text-left`}>角色</th>
            <th scope="col" className={`${cell} text-left`}>状态</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <tr key={a.id} className={a.disabled ? "text-slate-500" : ""}>
              <th scope="row" className={`${cell} text-left font-normal`}>
                <Link href={`/workspace/admin/accounts/${a.id}`} className="font-mono text-blue-800 hover:underline">{a.username}</Link>
              </th>
              <td className={cell}>{a.displayName}</td>
              <td className={cell}>{a.unitName}{!a.unitActive && "（已撤销）"}</td>
              <td className={cell}>{ROLE_LABELS[a.role]}</td>
              <td className={`${cell} ${a.disabled || a.locked ? "text-red-700" : ""}`}>{status(a)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {accounts.length === 0 && <p className="mt-4 text-slate-600">没有符合条件的账户。</p>}
    </main>
  );
}
