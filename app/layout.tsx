import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "政府信息公开工作年度报告系统", template: "%s · 政府信息公开工作年度报告系统" },
  description: "政府信息公开工作年度报告的填报、审核、汇总与发布",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
