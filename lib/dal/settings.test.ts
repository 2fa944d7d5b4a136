import { describe, expect, it } from "vitest";
import { createFixture } from "@/lib/testing/fixtures";
import type { CurrentUser } from "./types";
import { siteInfoSchema } from "@/lib/validation/settings-input";
import { getGovernmentName, getSiteInfo, setGovernmentName, setSiteInfo } from "./settings";

describe("本级政府名称", () => {
  it("is set by an administrator only", () => {
    const f = createFixture();
    const admin: CurrentUser = { ...f.reviewer, role: "admin" };
    expect(setGovernmentName(f.reviewer, "某区人民政府")).toMatchObject({ ok: false });
    expect(setGovernmentName(f.eduEditor, "某区人民政府")).toMatchObject({ ok: false });
    expect(getGovernmentName()).toBe("本级人民政府");
    expect(setGovernmentName(admin, "宁波市北仑区人民政府")).toEqual({ ok: true });
    expect(getGovernmentName()).toBe("宁波市北仑区人民政府");
  });
});

describe("公开网站信息", () => {
  it("is set by an administrator only, and reads back with the government's name", () => {
    const f = createFixture();
    const admin: CurrentUser = { ...f.reviewer, role: "admin" };
    const info = { sponsor: "某区人民政府办公室", contact: "", siteCode: "3302060001", icp: "浙ICP备00000000号", police: "" };
    expect(setSiteInfo(f.reviewer, info)).toMatchObject({ ok: false });
    expect(getSiteInfo()).toMatchObject({ sponsor: "", siteCode: "" });
    expect(setSiteInfo(admin, info)).toEqual({ ok: true });
    expect(getSiteInfo()).toEqual({ ...info, governmentName: getGovernmentName() });
  });

  it("refuses a 网站标识码 that is not 10 digits, and takes empty fields as not shown", () => {
    expect(siteInfoSchema.safeParse({ sponsor: "", contact: "", siteCode: "12345", icp: "", police: "" }).success).toBe(false);
    expect(siteInfoSchema.safeParse({ sponsor: " ", contact: "", siteCode: "", icp: "", police: "" })).toMatchObject({ success: true, data: { sponsor: "" } });
  });
});
