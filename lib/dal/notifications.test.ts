import { describe, expect, it } from "vitest";
import { createFixture } from "@/lib/testing/fixtures";
import { countUnread, listNotifications, markNotificationsRead, openNotification, safeInternalLink } from "./notifications";
import { notify } from "./internal/notify";

function withNotices() {
  const f = createFixture();
  notify(f.db, [f.eduEditor.id], { kind: "returned", title: "报告被退回", body: "请修改", link: `/workspace/reports/${f.eduReport.id}` }, 1000);
  notify(f.db, [f.eduEditor.id, f.xinqiEditor.id], { kind: "reminder", title: "催报提醒", body: "请尽快报送" }, 2000);
  return f;
}

describe("notifications", () => {
  it("lists only one's own notices, newest first, with the unread count", () => {
    const f = withNotices();
    expect(listNotifications(f.eduEditor).map((n) => n.title)).toEqual(["催报提醒", "报告被退回"]);
    expect(countUnread(f.eduEditor)).toBe(2);
    expect(listNotifications(f.xinqiEditor).map((n) => n.title)).toEqual(["催报提醒"]);
    expect(countUnread(f.xinqiEditor)).toBe(1);
    expect(listNotifications(f.reviewer)).toEqual([]);
    expect(countUnread(f.reviewer)).toBe(0);
  });

  it("marks only one's own notices read", () => {
    const f = withNotices();
    const xinqiId = listNotifications(f.xinqiEditor)[0].id;
    const [latest, first] = listNotifications(f.eduEditor);

    // Another person's id is ignored.
    expect(markNotificationsRead(f.eduEditor, [xinqiId], 5000)).toEqual({ ok: true, data: { marked: 0 } });
    expect(countUnread(f.xinqiEditor)).toBe(1);

    expect(markNotificationsRead(f.eduEditor, [first.id], 5000)).toEqual({ ok: true, data: { marked: 1 } });
    expect(countUnread(f.eduEditor)).toBe(1);
    expect(listNotifications(f.eduEditor).find((n) => n.id === first.id)?.readAt).toBe(5000);
    expect(listNotifications(f.eduEditor).find((n) => n.id === latest.id)?.readAt).toBeNull();

    // "All" is all of one's own, nobody else's.
    expect(markNotificationsRead(f.eduEditor, "all", 6000)).toEqual({ ok: true, data: { marked: 1 } });
    expect(countUnread(f.eduEditor)).toBe(0);
    expect(countUnread(f.xinqiEditor)).toBe(1);
  });

  it("opens one's own notice (marking it read) and refuses another's", () => {
    const f = withNotices();
    const returned = listNotifications(f.eduEditor).find((n) => n.kind === "returned")!;
    expect(openNotification(f.xinqiEditor, returned.id)).toBeNull();
    expect(countUnread(f.eduEditor)).toBe(2);
    expect(openNotification(f.eduEditor, returned.id, 7000)).toEqual({ link: `/workspace/reports/${f.eduReport.id}` });
    expect(countUnread(f.eduEditor)).toBe(1);
    const reminder = listNotifications(f.xinqiEditor)[0];
    expect(openNotification(f.xinqiEditor, reminder.id)).toEqual({ link: "/workspace/notifications" });
  });

  it("follows only links inside the app", () => {
    expect(safeInternalLink("/workspace/reports/3")).toBe("/workspace/reports/3");
    for (const bad of ["//evil.example/x", "/\\evil.example", "https://evil.example", "javascript:alert(1)", null, ""]) {
      expect(safeInternalLink(bad)).toBe("/workspace/notifications");
    }
  });
});
