import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/dal/session";
import { CheckReport } from "./_components/check-report";

export const metadata: Metadata = { title: "检查一份报告" };

/** 检查一份报告: for reports published outside the application, and for a draft before it is imported. */
export default async function CheckReportPage() {
  await requireUser("/workspace/check");
  return (
    <main className="mx-auto max-w-7xl px-4 py-8">
      <nav className="text-sm text-slate-600">
        <Link href="/workspace" className="text-blue-800 hover:underline">工作台</Link> / 检查一份报告
      </nav>
      <h1 className="mt-2 text-2xl font-bold">检查一份报告</h1>
      <p className="mt-2 max-w-3xl leading-7 text-slate-700">
        上传一份已发布或起草中的年度报告（Word .docx、网页 .html、PDF 或文本 .txt），系统按官方格式读取其中的表格和正文，
        并列出全部检查结果。只作检查，不保存任何内容。
      </p>
      <CheckReport />
    </main>
  );
}
