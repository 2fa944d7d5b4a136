"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-xl px-6 py-20 text-center">
      <h1 className="text-2xl font-bold">出错了</h1>
      <p className="mt-3 text-slate-600">系统暂时无法完成该操作，请稍后重试。如果问题持续，请联系管理员。</p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-brand-600 px-4 py-2 text-white hover:bg-brand-700">
        重试
      </button>
    </main>
  );
}
