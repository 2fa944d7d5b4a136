import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { CurrentUser } from "@/lib/dal/types";
import { MALFORMED, SIGNED_OUT } from "@/lib/domain/refusals";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidatePath }));
vi.mock("@/lib/dal/session", () => ({ getCurrentUser: async () => session.user }));

const { runAction, signedOutAnswer, WORKSPACE } = await import("./run-action");
const { customIssueOrMalformed, firstIssue, issuesByField, malformed } = await import("./invalid-input");

const editor: CurrentUser = { id: 1, username: "u", displayName: "u", role: "editor", unitId: 1, unitName: "u", unitCode: "u", unitKind: "agency" } as CurrentUser;
const schema = z.object({ reportId: z.number().int().positive("请选择报告。"), note: z.string().max(3, "说明过长。").optional() });
const saved = vi.fn((user: CurrentUser, data: { reportId: number }) => ({ ok: true as const, data: { by: user.id, reportId: data.reportId } }));

beforeEach(() => {
  session.user = editor;
  revalidatePath.mockClear();
  saved.mockClear();
});

describe("runAction", () => {
  it("refuses a caller without a session before reading the input", async () => {
    session.user = null;
    await expect(runAction(schema, { reportId: 1 }, saved, { revalidate: [WORKSPACE] })).resolves.toEqual({ ok: false, error: SIGNED_OUT, code: "auth" });
    await expect(runAction(schema, "anything", saved, { signedOut: signedOutAnswer("另一种说法") })).resolves.toEqual({ ok: false, error: "另一种说法", code: "auth" });
    expect(saved).not.toHaveBeenCalled();
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("lets a redirecting signedOut throw through", async () => {
    session.user = null;
    const redirect = new Error("NEXT_REDIRECT");
    await expect(runAction(schema, {}, saved, { signedOut: () => { throw redirect; } })).rejects.toBe(redirect);
  });

  it("answers input the schema refuses with its message, never an exception", async () => {
    for (const input of [undefined, null, "x", 5, [], { reportId: "1" }]) {
      const result = await runAction(schema, input, saved, { revalidate: [WORKSPACE] });
      expect(result).toMatchObject({ ok: false, code: "invalid" });
    }
    await expect(runAction(schema, { reportId: 0 }, saved)).resolves.toEqual({ ok: false, error: "请选择报告。", code: "invalid" });
    expect(saved).not.toHaveBeenCalled();
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("runs the handler with the user and the parsed data, then refreshes what the success changed", async () => {
    const result = await runAction(schema, { reportId: 7, extra: "dropped" }, saved, { revalidate: (data) => [`/workspace/reports/${data.reportId}`, WORKSPACE] });
    expect(result).toEqual({ ok: true, data: { by: 1, reportId: 7 } });
    expect(saved).toHaveBeenCalledWith(editor, { reportId: 7 });
    expect(revalidatePath.mock.calls).toEqual([["/workspace/reports/7"], ["/workspace", "layout"]]);
  });

  it("refreshes nothing after a refusal from the data layer", async () => {
    const refused = { ok: false as const, error: "报告已锁定。", code: "locked" as const };
    await expect(runAction(schema, { reportId: 7 }, async () => refused, { revalidate: [WORKSPACE] })).resolves.toBe(refused);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("asks the given source for the user", async () => {
    session.user = null;
    await expect(runAction(schema, { reportId: 2 }, saved, { user: async () => editor })).resolves.toMatchObject({ ok: true });
  });
});

describe("invalid input answers", () => {
  const refuse = (input: unknown) => {
    const parsed = schema.safeParse(input);
    if (parsed.success) throw new Error("expected a refusal");
    return parsed.error;
  };

  it("firstIssue: the first message, the field marked when asked", () => {
    expect(firstIssue()(refuse({ reportId: 1, note: "太长了吧" }))).toEqual({ ok: false, error: "说明过长。", code: "invalid" });
    expect(firstIssue(MALFORMED, { field: "note" })(refuse({ reportId: 1, note: "太长了吧" }))).toEqual({ ok: false, error: "说明过长。", code: "invalid", fieldErrors: { note: "说明过长。" } });
    expect(firstIssue(MALFORMED, { field: "note" })(refuse({ reportId: 0 }))).toEqual({ ok: false, error: "请选择报告。", code: "invalid" });
  });

  it("issuesByField: one message per field", () => {
    expect(issuesByField(refuse({ reportId: 0, note: "太长了吧" }))).toEqual({ ok: false, error: "请选择报告。", code: "invalid", fieldErrors: { reportId: "请选择报告。", note: "说明过长。" } });
  });

  it("malformed and customIssueOrMalformed hide zod's own words", () => {
    expect(malformed(refuse("x"))).toEqual({ ok: false, error: MALFORMED, code: "invalid" });
    expect(customIssueOrMalformed(refuse({ reportId: "x" }))).toEqual({ ok: false, error: MALFORMED, code: "invalid" });
    const custom = z.string().refine(() => false, "同一单元格出现两次。").safeParse("a");
    expect(customIssueOrMalformed(custom.error!)).toEqual({ ok: false, error: "同一单元格出现两次。", code: "invalid" });
  });
});
