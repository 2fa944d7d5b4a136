"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/dal/types";
import { setAccountDisabledAction, unlockAccountAction } from "../accounts/actions";
import { FormMessage, secondaryButton, type FormMessageValue } from "./form-bits";

/** Disable / enable and unlock. Disabling signs the person out at once; nobody disables themselves. */
export function AccountStatusActions({ userId, disabled, locked, self }: { userId: number; disabled: boolean; locked: boolean; self: boolean }) {
  const [message, setMessage] = useState<FormMessageValue>();
  const [pending, startTransition] = useTransition();

  const run = (action: () => Promise<ActionResult>, okText: string) =>
    startTransition(async () => {
      const result = await action();
      setMessage(result.ok ? { ok: true, text: okText } : { ok: false, text: result.error });
    });

  return (
    <section aria-labelledby="account-status-heading" className="rounded border border-slate-200 bg-white p-4">
      <h2 id="account-status-heading" className="font-semibold">账户状态</h2>
      <p className="mt-1 text-sm text-slate-700">
        {disabled ? "该账户已停用，不能登录。" : "该账户可以登录。"}
        {locked && " 因连续输错密码，该账户当前被锁定。"}
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        {disabled ? (
          <button type="button" disabled={pending} className={secondaryButton}
            onClick={() => run(() => setAccountDisabledAction({ userId, disabled: false }), "账户已启用。")}>
            启用账户
          </button>
        ) : (
          !self && (
            <button type="button" disabled={pending} className={secondaryButton}
              onClick={() => run(() => setAccountDisabledAction({ userId, disabled: true }), "账户已停用，其所有登录已退出。")}>
              停用账户
            </button>
          )
        )}
        {locked && (
          <button type="button" disabled={pending} className={secondaryButton}
            onClick={() => run(() => unlockAccountAction({ userId }), "账户已解锁。")}>
            解除锁定
          </button>
        )}
        {self && <span className="text-sm text-slate-600">不能停用您自己的账户。</span>}
        <FormMessage message={message} />
      </div>
    </section>
  );
}
