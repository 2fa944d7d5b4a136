import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getGovernmentName, getSiteInfo } from "@/lib/dal/settings";
import { listAccounts } from "@/lib/dal/admin-accounts";
import { listUnits } from "@/lib/dal/admin-units";
import { listYears } from "@/lib/dal/admin-years";
import { requireUser } from "@/lib/dal/session";
import { formatDate } from "@/lib/format-date";
import { GovernmentNameForm } from "./_components/government-name-form";
import { SiteInfoForm } from "./_components/site-info-form";
import { AdminNav } from "./_components/admin-nav";

export const metadata: Metadata = { title: "系统管理" };

export default async function AdminPage() {
  const user = await requireUser("/workspace/admin");
  // Not an administrator: the page does not exist for them.
  if (user.role !== "admin") notFound();
  const units = listUnits(user, { status: "all" });
  const accounts = listAccounts(user);
  const years = listYears(user);
  const latest = years[0];

  const cards = [
    {
      href: "/workspace/admin/units",
      title: "单位管理",
      lines: [`在用单位 ${units.filter((u) => u.active).length} 个`, `已撤销 ${units.filter((u) => !u.active).length} 个`],
      text: "新增、更名、调整类型、撤销或恢复单位。",
    },
    {
      href: "/workspace/admin/accounts",
      title: "账户管理",
      lines: [
        `账户 ${accounts.length} 个`,
        `已停用 ${accounts.filter((a) => a.disabled).length} 个 · 已锁定 ${accounts.filter((a) => a.locked).length} 个`,
      ],
      text: "新建账户，分配单位和角色，重置密码，停用或解锁。",
    },
    {
      href: "/workspace/admin/years",
      title: "报告年度",
      lines: latest ? [`最新年度 ${latest.year}年`, `单位报送截止 ${formatDate(latest.unitDeadline)}`] : ["尚无报告年度"],
      text: "以上一年度为基础创建新年度，设置格式版本、地方表格、截止日期和应报单位。",
    },
  ];

  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-2xl font-bold">系统管理</h1>
      <div className="mt-4">
        <AdminNav current="overview" />
      </div>
      <ul className="mt-6 grid gap-4 md:grid-cols-3">
        {cards.map((c) => (
          <li key={c.href} className="rounded border border-slate-200 bg-white p-5">
            <h2 className="text-lg font-semibold">
              <Link href={c.href} className="text-blue-800 hover:underline">{c.title}</Link>
            </h2>
            {c.lines.map((l) => (
              <p key={l} className="mt-1 text-sm tabular-nums text-slate-800">{l}</p>
            ))}
            <p className="mt-3 text-sm text-slate-600">{c.text}</p>
          </li>
        ))}
      </ul>
      <GovernmentNameForm name={getGovernmentName()} />
      <SiteInfoForm info={siteInfoFields()} />
    </main>
  );
}

function siteInfoFields() {
  const { sponsor, contact, siteCode, icp, police } = getSiteInfo();
  return { sponsor, contact, siteCode, icp, police };
}
