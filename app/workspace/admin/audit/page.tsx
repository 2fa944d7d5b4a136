import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { refused } from "@/lib/dal/access-refusals";
import { AUDIT_GROUPS, AUDIT_PAGE_SIZE, listAudit, type AuditGroup } from "@/lib/dal/audit";
import { AUDIT_LABELS } from "@/lib/domain";
import { requireUser } from "@/lib/dal/session";
import { formatDateTime } from "@/lib/format-date";
import { AdminNav } from "../_components/admin-nav";

export const metadata: Metadata = { title: "安全审计" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function readFilter(sp: Record<string, string | string[] | undefined>) {
  const one = (k: string) => (typeof sp[k] === "string" ? (sp[k] as string) : undefined);
  const group = Object.keys(AUDIT_GROUPS).find((g) => g === one("group")) as AuditGroup | undefined;
  const page = Number(one("page"));
  return { group, q: one("q")?.trim().slice(0, 60) || undefined, page: Number.isSafeInteger(page) && page > 0 ? page : 1 };
}

function pageLink(filter: ReturnType<typeof readFilter>, page: number): string {
  const p = new URLSearchParams();
  if (filter.group) p.set("group", filter.group);
  if (filter.q) p.set("q", filter.q);
  if (page > 1) p.set("page", String(page));
  const s = p.toString();
  return `/workspace/admin/audit${s ? `?${s}` : ""}`;
}

const cell = "border border-slate-300 px-3 py-2 align-top";
const control = "mt-1 rounded border border-slate-300 bg-white px-3 py-2";
const WARN = new Set(["sign_in_failed", "account_locked", "password_change_failed", "sign_in_throttled", "access_refused", "foreign_origin_refused"]);

/** Who signed in, failed to, or changed accounts, units, years and publications: newest first. */
export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser("/workspace/admin/audit");
  if (user.role !== "admin") {
    refused(user, "打开安全审计（仅管理员）", null);
    notFound();
  }
  const filter = readFilter(await searchParams);
  const audit = listAudit(user, filter);
  if (!audit) notFound();
  const pages = Math.max(1, Math.ceil(audit.total / AUDIT_PAGE_SIZE));

  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-2xl font-bold">安全审计</h1>
      <div className="mt-4"><AdminNav current="audit" /></div>
      <p className="mt-4 text-sm text-slate-700">
        记录登录和退出（含失败、锁定和过于频繁的登录）、修改密码（含当前密码错误）、账户和单位管理、报告年度设置、发布和更正，
        以及被拒绝的访问（他单位的报告、仅政务公开办公室或仅管理员可用的操作、跨站提交）。记录只增不改，数据库拒绝修改或删除。
        同一人对同一对象的相同拒绝 1 分钟内只记一条，其后的重复次数另记一条。来源地址是连接本身的地址；“转发链”是请求自带的
        X-Forwarded-For，可被伪造，仅供参考。报告内容的每一处修改见各报告的“修改记录”。
      </p>

      <form method="get" role="search" aria-label="筛选审计记录" className="mt-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="audit-group" className="block text-sm font-medium">类别</label>
          <select id="audit-group" name="group" defaultValue={filter.group ?? ""} className={control}>
            <option value="">全部</option>
            {Object.entries(AUDIT_GROUPS).map(([key, g]) => <option key={key} value={key}>{g.label}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="audit-q" className="block text-sm font-medium">用户名或对象</label>
          <input id="audit-q" name="q" type="search" defaultValue={filter.q ?? ""} className={control} />
        </div>
        <button type="submit" className="rounded border border-slate-400 bg-white px-4 py-2 text-sm hover:bg-slate-100">筛选</button>
      </form>

      <p className="mt-4 text-sm text-slate-600">共 {audit.total} 条记录{pages > 1 && `，第 ${Math.min(filter.page, pages)}/${pages} 页`}</p>
      <table className="mt-2 w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="bg-slate-100">
            <th scope="col" className={`${cell} text-left`}>时间</th>
            <th scope="col" className={`${cell} text-left`}>用户</th>
            <th scope="col" className={`${cell} text-left`}>事件</th>
            <th scope="col" className={`${cell} text-left`}>对象</th>
            <th scope="col" className={`${cell} text-left`}>说明</th>
            <th scope="col" className={`${cell} text-left`}>来源地址</th>
          </tr>
        </thead>
        <tbody>
          {audit.rows.map((e) => (
            <tr key={e.id} data-testid="audit-row">
              <td className={`${cell} whitespace-nowrap tabular-nums`}>{formatDateTime(e.at)}</td>
              <td className={`${cell} font-mono`}>{e.username ?? "—"}</td>
              <td className={`${cell} ${WARN.has(e.action) ? "font-semibold text-red-800" : ""}`}>{AUDIT_LABELS[e.action]}</td>
              <td className={cell}>{e.target ?? ""}</td>
              <td className={cell}>
                {e.detail ?? ""}
                {e.count > 1 && <span className="block text-xs font-semibold text-red-800">1 分钟内又有 {e.count} 次相同的请求</span>}
              </td>
              <td className={`${cell} font-mono text-xs`}>
                {e.peer ?? (e.ip ? "" : "—")}
                {e.ip && <span className="block text-slate-600"><span className="font-sans">转发链：</span>{e.ip}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {audit.rows.length === 0 && <p className="mt-4 text-slate-600">没有符合条件的记录。</p>}
      {pages > 1 && (
        <nav aria-label="翻页" className="mt-4 flex gap-4 text-sm">
          {filter.page > 1 && <Link href={pageLink(filter, filter.page - 1)} className="text-blue-800 underline">上一页</Link>}
          {filter.page < pages && <Link href={pageLink(filter, filter.page + 1)} className="text-blue-800 underline">下一页</Link>}
        </nav>
      )}
    </main>
  );
}
