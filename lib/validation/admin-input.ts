import { z } from "zod";
import { ROLES, UNIT_KINDS } from "@/lib/domain";
import { passwordProblem, newPasswordField } from "./password-policy";

/** Shapes of what the administration forms send; the same schemas drive the forms (zodResolver) and the server actions. */

const id = (message: string) => z.number({ error: message }).int(message).positive(message);

const unitName = z.string().trim().min(2, "请输入单位名称（至少 2 个字）").max(60, "单位名称不能超过 60 字");
const unitKind = z.enum(UNIT_KINDS, { error: "请选择单位类型" });
/**
 * The official name printed in report titles. Kept a string so the form's value round-trips; "" means not
 * set (the data layer stores null, and titles fall back to the short name). Absent leaves it as it is.
 */
const unitFullName = z
  .string()
  .trim()
  .max(80, "单位全称不能超过 80 字")
  .refine((v) => v === "" || v.length >= 2, "单位全称至少 2 个字（不填则用单位名称）")
  .optional();
const SORT_ORDER_MESSAGE = "机构序列应为 0 至 99999 的整数";
/** A number, as the form sends it (valueAsNumber): an empty input arrives as NaN and is refused here. */
const sortOrder = z.number({ error: SORT_ORDER_MESSAGE }).int(SORT_ORDER_MESSAGE).min(0, SORT_ORDER_MESSAGE).max(99999, SORT_ORDER_MESSAGE);

export const createUnitSchema = z.object({
  code: z
    .string()
    .trim()
    .min(2, "单位代码至少 2 位")
    .max(30, "单位代码不能超过 30 位")
    .regex(/^[a-z][a-z0-9-]*$/, "单位代码只能用小写英文字母、数字和连字符，并以字母开头"),
  name: unitName,
  fullName: unitFullName,
  kind: unitKind,
});
export type CreateUnitInput = z.infer<typeof createUnitSchema>;

export const updateUnitSchema = z.object({
  unitId: id("单位无效"),
  name: unitName,
  fullName: unitFullName,
  kind: unitKind,
  /** 机构序列; absent leaves it as it is. */
  sortOrder: sortOrder.optional(),
});
export type UpdateUnitInput = z.infer<typeof updateUnitSchema>;

export const setUnitActiveSchema = z.object({ unitId: id("单位无效"), active: z.boolean() });
export type SetUnitActiveInput = z.infer<typeof setUnitActiveSchema>;

export const mergeUnitSchema = z.object({ unitId: id("单位无效"), intoUnitId: id("请选择并入的单位") });
export type MergeUnitInput = z.infer<typeof mergeUnitSchema>;

/** The same rule as a person's own new password (password-policy.ts). */
export const passwordSchema = newPasswordField();

const displayName = z.string().trim().min(1, "请输入姓名或称呼").max(40, "姓名或称呼不能超过 40 字");
const role = z.enum(ROLES, { error: "请选择角色" });

export const createAccountSchema = z.object({
  username: z
    .string()
    .trim()
    .min(3, "用户名至少 3 位")
    .max(40, "用户名不能超过 40 位")
    .regex(/^[a-z0-9][a-z0-9._-]*$/, "用户名只能用小写英文字母、数字、点、下划线和连字符"),
  displayName,
  unitId: id("请选择单位"),
  role,
  password: passwordSchema,
}).superRefine((v, ctx) => {
  // The rest of the rule is the field's own; only here is the username known.
  if (passwordProblem(v.password, v.username) === "密码不能包含用户名") ctx.addIssue({ code: "custom", path: ["password"], message: "密码不能包含用户名" });
});
export type CreateAccountInput = z.infer<typeof createAccountSchema>;

export const updateAccountSchema = z.object({ userId: id("账户无效"), displayName, unitId: id("请选择单位"), role });
export type UpdateAccountInput = z.infer<typeof updateAccountSchema>;

export const resetPasswordSchema = z
  .object({ userId: id("账户无效"), password: passwordSchema, confirmPassword: z.string() })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "两次输入的密码不一致" });
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

export const setAccountDisabledSchema = z.object({ userId: id("账户无效"), disabled: z.boolean() });
export type SetAccountDisabledInput = z.infer<typeof setAccountDisabledSchema>;

export const userIdSchema = z.object({ userId: id("账户无效") });

const year = z.number({ error: "年度无效" }).int("年度无效").min(2000, "年度无效").max(2999, "年度无效");

/** A calendar date that exists: 2022-02-30 is refused. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "请输入日期")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, "日期无效");

/** The latest dates the law allows for a report year (YYYY-MM-DD). */
export function statutoryDeadlines(reportYear: number): { unit: string; consolidated: string } {
  return { unit: `${reportYear + 1}-01-31`, consolidated: `${reportYear + 1}-03-31` };
}

export const createNextYearSchema = z.object({ fromYear: year });
export type CreateNextYearInput = z.infer<typeof createNextYearSchema>;

export const updateYearSchema = z
  .object({
    year,
    formatVersion: z.string().min(1, "请选择格式版本").max(20),
    localTables: z.array(z.string().min(1).max(20)).max(20),
    unitDeadline: isoDate,
    consolidatedDeadline: isoDate,
    unitsPublish: z.boolean(),
  })
  .refine((v) => v.unitDeadline <= v.consolidatedDeadline, {
    path: ["unitDeadline"],
    message: "单位报送截止日期不能晚于本级报告截止日期",
  })
  // 条例 Art. 49: units publish by 31 January, the government by 31 March of the next year; earlier internal dates are fine.
  .refine((v) => v.unitDeadline <= statutoryDeadlines(v.year).unit, {
    path: ["unitDeadline"],
    message: "依《条例》第四十九条，部门报告应于次年1月31日前公布，截止日期不能晚于法定期限（可设更早的内部日期）",
  })
  .refine((v) => v.consolidatedDeadline <= statutoryDeadlines(v.year).consolidated, {
    path: ["consolidatedDeadline"],
    message: "依《条例》第四十九条，本级政府报告应于次年3月31日前公布，截止日期不能晚于法定期限",
  })
  .refine((v) => v.unitDeadline > `${v.year}-12-31`, {
    path: ["unitDeadline"],
    message: "截止日期应在报告年度结束之后",
  });
export type UpdateYearInput = z.infer<typeof updateYearSchema>;

export const expectedUnitSchema = z.object({ year, unitId: id("请选择单位") });
export type ExpectedUnitInput = z.infer<typeof expectedUnitSchema>;
