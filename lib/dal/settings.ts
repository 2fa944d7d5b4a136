import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { settings } from "@/db/schema";
import { refused } from "./access-refusals";
import { recordAudit } from "./internal/audit-write";
import type { SiteInfoInput } from "@/lib/validation/settings-input";
import type { ActionResult, CurrentUser } from "./types";

/** 本级政府名称: the title of the consolidated report (<政府名称><年份>年政府信息公开工作年度报告). */
export const GOVERNMENT_NAME = "governmentName";
const DEFAULT_GOVERNMENT_NAME = "本级人民政府";

export function getGovernmentName(): string {
  return getDb().select({ value: settings.value }).from(settings).where(eq(settings.key, GOVERNMENT_NAME)).get()?.value ?? DEFAULT_GOVERNMENT_NAME;
}

export function setGovernmentName(user: CurrentUser, name: string): ActionResult {
  if (user.role !== "admin") return refused(user, "修改本级政府名称（仅管理员）", { ok: false, error: "只有管理员可以修改系统设置。", code: "not_found" });
  const now = Date.now();
  const db = getDb();
  db.transaction((tx) => {
    const before = tx.select({ value: settings.value }).from(settings).where(eq(settings.key, GOVERNMENT_NAME)).get()?.value ?? DEFAULT_GOVERNMENT_NAME;
    tx.insert(settings)
      .values({ key: GOVERNMENT_NAME, value: name, updatedAt: now, updatedBy: user.id })
      .onConflictDoUpdate({ target: settings.key, set: { value: name, updatedAt: now, updatedBy: user.id } })
      .run();
    recordAudit(tx, { action: "government_name_changed", actor: user, detail: `“${before}”改为“${name}”`, at: now });
  });
  return { ok: true };
}

/** The public site's footer: 主办单位, 联系方式, 网站标识码, ICP/公安备案 (settings; each shown only when set). */
export const SITE_INFO = "siteInfo";
export const EMPTY_SITE_INFO: SiteInfoInput = { sponsor: "", contact: "", siteCode: "", icp: "", police: "" };

export function getSiteInfo(): SiteInfoInput & { governmentName: string } {
  const raw = getDb().select({ value: settings.value }).from(settings).where(eq(settings.key, SITE_INFO)).get()?.value;
  let stored: Partial<SiteInfoInput> = {};
  try {
    stored = raw ? (JSON.parse(raw) as Partial<SiteInfoInput>) : {};
  } catch {
    stored = {};
  }
  return { ...EMPTY_SITE_INFO, ...stored, governmentName: getGovernmentName() };
}

export function setSiteInfo(user: CurrentUser, info: SiteInfoInput): ActionResult {
  if (user.role !== "admin") return refused(user, "修改公开网站信息（仅管理员）", { ok: false, error: "只有管理员可以修改系统设置。", code: "not_found" });
  const now = Date.now();
  const value = JSON.stringify(info);
  getDb().transaction((tx) => {
    tx.insert(settings)
      .values({ key: SITE_INFO, value, updatedAt: now, updatedBy: user.id })
      .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: now, updatedBy: user.id } })
      .run();
    recordAudit(tx, { action: "site_info_changed", actor: user, detail: [info.sponsor, info.siteCode, info.icp].filter(Boolean).join("；").slice(0, 200) || "（清空）", at: now });
  });
  return { ok: true };
}
