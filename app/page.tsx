import Link from "next/link";
import { getCurrentUser } from "@/lib/dal/session";

export default async function HomePage() {
  const user = await getCurrentUser();
  return (
    <main className="mx-auto max-w-3xl px-6 py-16">
      <h1 className="text-3xl font-bold text-brand-700">政府信息公开工作年度报告系统</h1>
      <p className="mt-4 leading-7 text-slate-700">
        各部门、街道在线填报本单位的政府信息公开工作年度报告，系统按国家统一格式生成表格，
        自动计算总计、实时校验勾稽关系；政务公开办公室跟踪进度、审核并汇总形成本级政府年度报告。
      </p>
      <div className="mt-8 flex gap-4">
        <Link href="/reports" className="rounded border border-brand-600 px-5 py-2.5 font-medium text-brand-700 hover:bg-brand-50">
          查阅已公开的年度报告
        </Link>
        {user ? (
          <Link href="/workspace" className="rounded bg-brand-600 px-5 py-2.5 font-medium text-white hover:bg-brand-700">
            进入工作台
          </Link>
        ) : (
          <Link href="/login" className="rounded bg-brand-600 px-5 py-2.5 font-medium text-white hover:bg-brand-700">
            登录
          </Link>
        )}
      </div>
    </main>
  );
}
