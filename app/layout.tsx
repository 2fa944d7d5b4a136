import type { Metadata } from "next";
import { ZodJitless } from "@/components/zod-jitless";
import "./globals.css";

// Every page renders per request, so that its scripts carry this request's CSP nonce (proxy.ts): a page
// prerendered without one could not run. Public report pages stay fast through the whole-page cache in
// scripts/serve.ts, which sends them with script hashes instead.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "政府信息公开工作年度报告系统", template: "%s · 政府信息公开工作年度报告系统" },
  description: "政府信息公开工作年度报告的填报、审核、汇总与发布",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen">
        <ZodJitless />
        {children}
      </body>
    </html>
  );
}
