import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getPasswordChangeUser } from "@/lib/dal/session";
import { PasswordForm } from "./_components/password-form";

export const metadata: Metadata = { title: "修改密码" };

export default async function PasswordPage() {
  const session = await getPasswordChangeUser();
  if (!session) redirect(`/login?callbackUrl=${encodeURIComponent("/account/password")}`);
  const { user, mustChangePassword } = session;
  return (
    <main className="mx-auto max-w-md px-4 py-12">
      {!mustChangePassword && <Link href="/workspace" className="text-sm text-blue-800 hover:underline">← 返回工作台</Link>}
      <h1 className="mt-4 text-xl font-bold">修改密码</h1>
      <p className="mt-1 text-sm text-slate-600">{user.displayName}（{user.username}）</p>
      {mustChangePassword && (
        <p role="note" className="mt-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          您的密码是管理员设置的初始密码（或重置后的密码）。为账户安全，请先设置只有您自己知道的新密码，然后再使用系统。
        </p>
      )}
      <PasswordForm first={mustChangePassword} />
    </main>
  );
}
