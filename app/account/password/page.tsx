import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/dal/session";
import { PasswordForm } from "./password-form";

export const metadata: Metadata = { title: "修改密码" };

export default async function PasswordPage() {
  const user = await requireUser("/account/password");
  return (
    <main className="mx-auto max-w-md px-4 py-12">
      <Link href="/workspace" className="text-sm text-blue-800 hover:underline">← 返回工作台</Link>
      <h1 className="mt-4 text-xl font-bold">修改密码</h1>
      <p className="mt-1 text-sm text-slate-600">{user.displayName}（{user.username}）</p>
      <PasswordForm />
    </main>
  );
}
