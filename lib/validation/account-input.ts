import { z } from "zod";

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "请输入当前密码").max(200),
    newPassword: z
      .string()
      .min(8, "新密码至少 8 位")
      .max(100, "新密码不能超过 100 位")
      .regex(/[A-Za-z]/, "新密码须同时包含字母和数字")
      .regex(/\d/, "新密码须同时包含字母和数字"),
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "两次输入的新密码不一致" })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "新密码不能与当前密码相同" });

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
