import type { DraftSnapshot } from "./report-draft";

const TEXT: Record<DraftSnapshot["status"], string> = {
  saved: "已保存",
  dirty: "有未保存的修改",
  saving: "正在保存…",
  retrying: "正在重试保存…",
  failed: "保存失败",
  locked: "不能保存",
};

/** Nothing stored and nothing saved during this visit: the report has not been started. */
export function isUntouched(snap: DraftSnapshot): boolean {
  return (
    snap.lastSavedAt === undefined &&
    Object.values(snap.saved).every((c) => c.value === null || c.value === "") &&
    Object.values(snap.savedNarratives).every((n) => !n.text.trim())
  );
}

/** The status line's words. "已保存" on a report nobody has touched would claim work that was never done. */
export function saveStatusText(snap: DraftSnapshot): string {
  if (snap.status === "saved" && isUntouched(snap)) return "尚未填写";
  return TEXT[snap.status];
}
