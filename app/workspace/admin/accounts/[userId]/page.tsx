import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getAccount } from "@/lib/dal/admin-accounts";
import { listUnits } from "@/lib/dal/admin-units";
import { requireUser } from "@/lib/dal/session";
import { ROLE_LABELS } from "@/lib/domain";
import { AccountEditForm } from "../../_components/account-edit-form";
import { AccountPasswordForm } from "../../_components/account-password-form";
import { AccountStatusActions } from "../../_components/account-status-actions";
import { AdminNav } from "../../_components/admin-nav";

export const metadata: Metadata = { title: "账户" };

export default async function AccountPage({ params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await params;
  const user = await requireUser(`/workspace/admin/accounts/${userId}`);
  if (user.role !== "admin") notFound();
  const id = Number(userId);
  const account = Number.isSafeInteger(id) && id > 0 ? getAccount(user, id) : null;
  if (!account) notFound();
  const self = account.id === user.id;
  // Units in use, plus the account's own unit if it was retired (so that the form shows where the person is).
  const units = listUnits(user, { status: "all" })
    .filter((u) => u.active || u.id === account.unitId)
    .map((u) => ({ id: u.id, name: u.active ? u.name : `${u.name}（已撤销）`, kind: u.kind }));

  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <nav className="text-sm text-slate-600">
        <Link href="/workspace/admin/accounts" className="text-blue-800 hover:underline">账户管理</Link> / {account.username}
      </nav>
      <h1 className="mt-2 text-2xl font-bold">
        {account.displayName}（<span className="font-mono">{account.username}</span>）
      </h1>
      <p className="mt-1 text-sm text-slate-600">
        <Link href={`/workspace/admin/units/${account.unitId}`} className="text-blue-800 hover:underline">{account.unitName}</Link> · {ROLE_LABELS[account.role]}
        {account.disabled && <span className="ml-2 text-red-700">已停用</span>}
        {account.locked && <span className="ml-2 text-red-700">已锁定</span>}
      </p>
      <div className="mt-4"><AdminNav current="accounts" /></div>

      <div className="mt-6 grid gap-4 lg:grid-cols-2">
        <AccountEditForm
          account={{ userId: account.id, displayName: account.displayName, unitId: account.unitId, role: account.role }}
          units={units}
          self={self}
        />
        <div className="space-y-4">
          <AccountStatusActions userId={account.id} disabled={account.disabled} locked={account.locked} self={self} />
          {self ? (
            <p className="rounded border border-slate-200 bg-white p-4 text-sm">
              修改您自己的密码，请使用<Link href="/account/password" className="text-blue-800 hover:underline">修改密码</Link>。
            </p>
          ) : (
            <AccountPasswordForm userId={account.id} />
          )}
        </div>
      </div>
    </main>
  );
}
