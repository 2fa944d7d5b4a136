import { describe, expect, it } from "vitest";
import { changePasswordSchema } from "./account-input";
import { createAccountSchema, passwordSchema, resetPasswordSchema } from "./admin-input";
import { PASSWORD_RULE, passwordProblem } from "./password-policy";

const change = (newPassword: string) =>
  changePasswordSchema.safeParse({ currentPassword: "Demo2026", newPassword, confirmPassword: newPassword });
const firstMessage = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues[0]?.message;

describe("the password rule", () => {
  it("is stated in one sentence", () => {
    expect(PASSWORD_RULE).toBe("至少 10 位，包含大写字母、小写字母、数字、符号中的至少三类，不能与用户名相同或过于常见");
  });

  it("accepts ten or more characters of at least three kinds", () => {
    for (const ok of ["Traffic2027", "MyOwnPass2026", "harbour-7315x", "HARBOUR-7315", "Harbour-Light", "港口Light-2026", "Start2026x"]) {
      expect(passwordProblem(ok), ok).toBeNull();
      expect(change(ok).success, ok).toBe(true);
    }
  });

  it("refuses what the old rule let through: short, or fewer than three kinds", () => {
    expect(passwordProblem("aaaaaaa1")).toBe("密码至少 10 位");
    expect(change("aaaaaaa1").success).toBe(false);
    expect(firstMessage(change("Short1!"))).toBe("新密码至少 10 位");
    for (const weak of ["abcdefghij12", "ABCDEFGH1234", "abcdefghijKLM", "harbourlight!!", "1234567890!!"]) {
      expect(passwordProblem(weak), weak).toBe("密码须包含大写字母、小写字母、数字、符号中的至少三类");
      expect(change(weak).success, weak).toBe(false);
    }
    expect(passwordProblem("A1b".repeat(40))).toBe("密码不能超过 100 位");
  });

  it("refuses common passwords and their usual variations, whatever the case", () => {
    for (const common of ["Password123", "P@ssw0rd2026", "password2026!", "Qwerty123456", "1qaz2WSX3edc", "Welcome2026", "Admin@123456", "Demo2026!!", "Aa123456789", "Abcd123456!", "Aaaaaaaaa1", "Zzzzzz1111!"]) {
      expect(passwordProblem(common), common).toBe("密码过于常见，容易被猜中，请换一个");
      expect(change(common).success, common).toBe(false);
    }
  });

  it("refuses the account's own name in any case, also inside the password", () => {
    expect(passwordProblem("Edu-Editor2026", "edu-editor")).toBe("密码不能包含用户名");
    expect(passwordProblem("xEDU-EDITORx9", "edu-editor")).toBe("密码不能包含用户名");
    expect(passwordProblem("Edu-Editor2026", "xinqi-editor")).toBeNull();
  });

  it("applies to an administrator's initial and reset passwords", () => {
    const base = { username: "harbour-clerk", displayName: "某人", unitId: 1, role: "editor" as const };
    expect(createAccountSchema.safeParse({ ...base, password: "Start2026x" }).success).toBe(true);
    expect(createAccountSchema.safeParse({ ...base, password: "aaaaaaa1" }).success).toBe(false);
    const named = createAccountSchema.safeParse({ ...base, password: "Harbour-Clerk-1" });
    expect(named.success).toBe(false);
    expect(named.error?.issues[0]).toMatchObject({ path: ["password"], message: "密码不能包含用户名" });
    expect(passwordSchema.safeParse("Password123").success).toBe(false);
    expect(resetPasswordSchema.safeParse({ userId: 1, password: "aaaaaaa1", confirmPassword: "aaaaaaa1" }).success).toBe(false);
    expect(resetPasswordSchema.safeParse({ userId: 1, password: "Fresh2026x", confirmPassword: "Fresh2026x" }).success).toBe(true);
  });
});
