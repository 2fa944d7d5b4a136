import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { listUnits } from "@/lib/dal/admin-units";
import { requireUser } from "@/lib/dal/session";
import { AccountCreateForm } from "../../_components/account-create-form";
import { AdminNav } from "../../_components/admin-nav";

export const metadata: Metadata = { title: "新建账户" };

export default async function NewAccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/workspace/admin/accounts/new");
  if (user.role !== "admin") notFound();
  const units = listUnits(user, { status: "active" }).map((u) => ({ id: u.id, name: u.name, kind: u.kind }));
  const requested = Number((await searchParams).unitId);
  const unitId = units.some((u) => u.id === requested) ? requested : undefined;

  return (
    <main className="mx-auto max-w-4xl px-4 py-8">
      <nav className="text-sm text-slate-600">
        <Link href="/workspace/admin/accounts" className="text-blue-800 hover:underline">账户管理</Link> / 新建账户
      </nav>
      <h1 className="mt-2 text-2xl font-bold">新建账户</h1>
      <div className="mt-4"><AdminNav current="accounts" /></div>
      <div className="mt-6"><AccountCreateForm units={units} unitId={unitId} /></div>
    </main>
  );
}
