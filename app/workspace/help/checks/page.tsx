import type { Metadata } from "next";
import Link from "next/link";
import { CHECK_CATALOGUE } from "@/lib/checks/catalogue";
import { CHECK_RULES } from "@/lib/checks/descriptions";
import type { Severity } from "@/lib/checks/types";
import { AGG_CATALOGUE } from "@/lib/consolidation/findings";
import { requireUser } from "@/lib/dal/session";

export const metadata: Metadata = { title: "检查规则" };

const GROUPS: { severity: Severity; heading: string; meaning: string }[] = [
  { severity: "error", heading: "错误", meaning: "必须改正，报告才能签发提交。" },
  { severity: "warning", heading: "提示", meaning: "可能有误：改正，或填写情况说明后提交，由政务公开办公室审核说明。" },
  { severity: "info", heading: "参考", meaning: "供核对，不影响提交。" },
];

const ALL = { ...CHECK_CATALOGUE, ...AGG_CATALOGUE } as Record<keyof typeof CHECK_RULES, { severity: Severity; title: string; onSubmit?: boolean }>;

/** Every check the forms run, in words: what each one asks, and what its severity means for submitting. */
export default async function CheckRulesPage() {
  await requireUser("/workspace/help/checks");
  return (
    <main className="mx-auto max-w-4xl px-4 py-8">
      <nav className="text-sm text-slate-600">
        <Link href="/workspace" className="text-blue-800 hover:underline">工作台</Link> / 检查规则
      </nav>
      <h1 className="mt-2 text-2xl font-bold">检查规则</h1>
      <p className="mt-2 leading-7 text-slate-700">
        填报时系统随输入检查以下规则，结果显示在单元格旁和“检查与签发提交”中；签发提交时服务器再次检查。
        规则编号与报告中显示的编号一致。以 AGG 开头的规则只用于本级汇总报告。
      </p>
      {GROUPS.map((g) => {
        const ids = (Object.keys(CHECK_RULES) as (keyof typeof CHECK_RULES)[]).filter((id) => ALL[id].severity === g.severity);
        return (
          <section key={g.severity} aria-labelledby={`rules-${g.severity}`} className="mt-8">
            <h2 id={`rules-${g.severity}`} className="text-lg font-semibold">
              {g.heading}（{ids.length} 条）
            </h2>
            <p className="mt-1 text-sm text-slate-700">{g.meaning}</p>
            <dl className="mt-3 divide-y divide-slate-200 rounded border border-slate-200 bg-white">
              {ids.map((id) => (
                <div key={id} id={id} className="scroll-mt-4 px-4 py-3 target:bg-amber-50" data-testid="check-rule">
                  <dt className="font-medium">
                    <span className="mr-2 font-mono text-sm text-slate-600">{id}</span>
                    {ALL[id].title}
                    {ALL[id].onSubmit && <span className="ml-2 text-sm font-normal text-slate-600">（提交时检查）</span>}
                  </dt>
                  <dd className="mt-1 text-sm leading-6 text-slate-700">{CHECK_RULES[id]}</dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </main>
  );
}
