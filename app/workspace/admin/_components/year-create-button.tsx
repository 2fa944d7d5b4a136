"use client";

import { useState, useTransition } from "react";
import { createNextYearAction } from "../years/actions";
import { FormMessage, primaryButton, secondaryButton, type FormMessageValue } from "./form-bits";

/** Opens the year after the latest one, after a second click that says what will be created. */
export function YearCreateButton({ fromYear, expected }: { fromYear: number; expected: number }) {
  const next = fromYear + 1;
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<FormMessageValue>();
  const [pending, startTransition] = useTransition();

  const create = () =>
    startTransition(async () => {
      const result = await createNextYearAction({ fromYear });
      setConfirming(false);
      setMessage(result.ok ? { ok: true, text: `已创建${result.data.year}年度，并为 ${result.data.reports} 个单位建立了年度报告。` } : { ok: false, text: result.error });
    });

  return (
    <section aria-labelledby="year-create-heading" className="rounded border border-slate-200 bg-white p-4">
      <h2 id="year-create-heading" className="font-semibold">创建新年度</h2>
      <p className="mt-1 text-sm text-slate-700">
        以{fromYear}年度为基础创建{next}年度：沿用其格式版本、地方表格和应报单位（{expected} 个，已撤销的单位除外），
        单位报送截止日期为{next + 1}年1月31日，本级报告截止日期为{next + 1}年3月31日，创建后均可修改。
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        {!confirming ? (
          <button type="button" onClick={() => setConfirming(true)} className={primaryButton}>创建{next}年度…</button>
        ) : (
          <>
            <button type="button" onClick={create} disabled={pending} className={primaryButton}>
              {pending ? "正在创建…" : `确认创建${next}年度`}
            </button>
            <button type="button" onClick={() => setConfirming(false)} className={secondaryButton}>取消</button>
          </>
        )}
        <FormMessage message={message} />
      </div>
    </section>
  );
}
