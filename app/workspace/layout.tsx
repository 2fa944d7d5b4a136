import Link from "next/link";
import { requireUser } from "@/lib/dal/session";
import { isOfficeRole } from "@/lib/access/report-access";
import { ROLE_LABELS } from "@/lib/domain";
import { signOutAction } from "@/app/account/actions";
import { NotificationBell } from "./_components/bell";

export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  // Not a security gate (layouts are not re-run on client navigation): every page and action checks again.
  const user = await requireUser("/workspace");
  return (
    <div className="min-h-screen">
      <header className="border-b border-brand-700 bg-brand-600 text-white">
        {/* On a phone the bar wraps into lines; no link is squeezed into a column of single characters. */}
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
          <div className="flex flex-wrap items-center gap-x-6 gap-y-1">
            <Link href="/workspace" className="font-bold whitespace-nowrap">政府信息公开工作年度报告系统</Link>
            <nav aria-label={isOfficeRole(user.role) ? "政务公开办公室" : "工作台"} className="flex flex-wrap gap-x-4 gap-y-1 text-sm whitespace-nowrap">
              {isOfficeRole(user.role) && <Link href="/workspace" className="hover:underline">报送进度</Link>}
              <Link href="/workspace/import" className="hover:underline">导入往年报告</Link>
              <Link href="/workspace/check" className="hover:underline">检查一份报告</Link>
              {user.role === "admin" && <Link href="/workspace/admin" className="hover:underline">系统管理</Link>}
            </nav>
          </div>
          <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
            <NotificationBell user={user} />
            <span>
              {user.unitName} · {user.displayName}（{ROLE_LABELS[user.role]}）
            </span>
            <Link href="/account/password" className="whitespace-nowrap underline-offset-2 hover:underline">修改密码</Link>
            <form action={signOutAction}>
              <button type="submit" className="rounded border border-white/60 px-3 py-1 whitespace-nowrap hover:bg-white/10">退出登录</button>
            </form>
          </div>
        </div>
      </header>
      {children}
    </div>
  );
}
