import { describe, expect, it } from "vitest";
import type { DraftSnapshot } from "./report-draft";
import { saveStatusText } from "./save-status-text";

const base: DraftSnapshot = {
  texts: {},
  units: {},
  errors: {},
  saved: {},
  narratives: {},
  savedNarratives: {},
  conflicts: [],
  narrativeConflicts: [],
  status: "saved",
  retryCount: 0,
};

describe("saveStatusText", () => {
  it("an untouched report (nothing stored, nothing saved in this visit) is 尚未填写, not 已保存", () => {
    expect(saveStatusText(base)).toBe("尚未填写");
  });

  it("stored blanks and empty narratives are still nothing filled in", () => {
    expect(saveStatusText({ ...base, saved: { "t3.received.natural": { value: null } as never }, savedNarratives: { one: { text: " " } as never } })).toBe("尚未填写");
  });

  it("a report with stored content, or one saved in this visit, is 已保存", () => {
    expect(saveStatusText({ ...base, saved: { "t3.received.natural": { value: "3" } as never } })).toBe("已保存");
    expect(saveStatusText({ ...base, savedNarratives: { one: { text: "概述" } as never } })).toBe("已保存");
    expect(saveStatusText({ ...base, lastSavedAt: 1 })).toBe("已保存");
  });

  it("other states say what is happening", () => {
    expect(saveStatusText({ ...base, status: "dirty" })).toBe("有未保存的修改");
    expect(saveStatusText({ ...base, status: "saving" })).toBe("正在保存…");
    expect(saveStatusText({ ...base, status: "failed" })).toBe("保存失败");
  });
});
