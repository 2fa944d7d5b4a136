import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-6 py-20 text-center">
      <h1 className="text-2xl font-bold">页面不存在</h1>
      <p className="mt-3 text-slate-600">您访问的页面不存在，或您没有查看权限。</p>
      <Link href="/workspace" className="mt-6 inline-block text-blue-800 hover:underline">返回工作台</Link>
    </main>
  );
}
