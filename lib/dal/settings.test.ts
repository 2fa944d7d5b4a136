import { describe, expect, it } from "vitest";
import { createFixture } from "@/lib/testing/fixtures";
import type { CurrentUser } from "./types";
import { getGovernmentName, setGovernmentName } from "./settings";

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
