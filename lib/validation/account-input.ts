import { z } from "zod";
import { newPasswordField } from "./password-policy";

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "请输入当前密码").max(200),
    // The account's own name is checked where it is known (lib/dal/account.ts).
    newPassword: newPasswordField("新"),
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "两次输入的新密码不一致" })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "新密码不能与当前密码相同" });

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
