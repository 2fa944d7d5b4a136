import { z } from "zod";

export const governmentNameSchema = z.object({
  name: z.string().trim().min(2, "请填写本级政府名称，如“宁波市北仑区人民政府”").max(60, "名称不能超过 60 字"),
});

export type GovernmentNameInput = z.infer<typeof governmentNameSchema>;

const optional = (max: number, message: string) => z.string().trim().max(max, message);

/** What a Chinese government site must show in its footer (主办单位, 联系方式, 网站标识码, ICP/公安备案): shown only when set. */
export const siteInfoSchema = z.object({
  sponsor: optional(60, "主办单位不能超过 60 字"),
  contact: optional(120, "联系方式不能超过 120 字"),
  siteCode: z
    .string()
    .trim()
    .refine((v) => v === "" || /^\d{10}$/.test(v), "网站标识码为 10 位数字"),
  icp: optional(40, "ICP 备案号不能超过 40 字"),
  police: optional(40, "公安备案号不能超过 40 字"),
});

export type SiteInfoInput = z.infer<typeof siteInfoSchema>;
