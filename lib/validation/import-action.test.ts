import { describe, expect, it, vi } from "vitest";

// The action's own wiring, signed in: only the session is replaced.
vi.mock("@/lib/dal/session", () => ({
  getCurrentUser: async () => ({ id: 1, username: "u", displayName: "u", role: "editor", unitId: 1, unitName: "u", unitCode: "u", unitKind: "agency" }),
}));

const { readImportFileAction } = await import("@/app/workspace/reports/[reportId]/actions");

describe("readImportFileAction", () => {
  it.each([["a string", "x"], ["null", null], ["a plain object", { reportId: 1 }], ["an object with its own get", { get: () => 1 }]])(
    "answers %s with a message, never an exception",
    async (_, value) => {
      await expect(readImportFileAction(value as unknown as FormData)).resolves.toEqual({ ok: false, error: "提交的数据格式不正确。", code: "invalid" });
    },
  );
});
