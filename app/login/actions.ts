"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth/auth";
import { safeCallbackPath } from "@/lib/auth/callback-path";

const loginSchema = z.object({
  username: z.string().trim().min(1, "请输入用户名").max(100),
  password: z.string().min(1, "请输入密码").max(200),
  callbackUrl: z.string().max(500).optional(),
});

export type LoginState = { error?: string };

export async function loginAction(input: z.input<typeof loginSchema>): Promise<LoginState> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "请填写用户名和密码" };
  try {
    await signIn("credentials", {
      username: parsed.data.username,
      password: parsed.data.password,
      redirectTo: safeCallbackPath(parsed.data.callbackUrl),
    });
  } catch (error) {
    // signIn redirects by throwing; only Auth.js's own errors are answers to show.
    if (!(error instanceof AuthError)) throw error;
    const code = error.type === "CredentialsSignin" ? (error as { code?: string }).code : undefined;
    if (code === "locked") return { error: "连续登录失败次数过多，账户已锁定 15 分钟，请稍后再试或联系管理员。" };
    if (code === "throttled") return { error: "登录尝试过于频繁，请 1 分钟后再试。" };
    if (error.type === "CredentialsSignin") return { error: "用户名或密码错误。" };
    return { error: "登录失败，请稍后重试。" };
  }
  return {};
}
