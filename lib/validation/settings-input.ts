import { z } from "zod";

export const governmentNameSchema = z.object({
  name: z.string().trim().min(2, "请填写本级政府名称，如“宁波市北仑区人民政府”").max(60, "名称不能超过 60 字"),
});

export type GovernmentNameInput = z.infer<typeof governmentNameSchema>;
