import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents } from "@/db/schema";
import { isForeignOrigin, recordForeignOrigin } from "../foreign-origin";
import { flushRefusals } from "./refusal-log";

describe("recordForeignOrigin (for scripts/serve.ts)", () => {
  it("records a foreign-Origin action post with the peer address apart from the forwarded chain, coalescing repeats", () => {
    const t0 = Date.now();
    const req = {
      method: "POST",
      url: "/workspace/admin/units?x=1",
      headers: { origin: "https://evil.example", "x-peer-address": "192.0.2.77", "x-forwarded-for": "6.6.6.6, 192.0.2.77", "next-action": "abc" },
    };
    for (let i = 0; i < 3; i++) recordForeignOrigin(req);
    const rows = () => getDb().select().from(auditEvents).where(and(eq(auditEvents.action, "foreign_origin_refused"), eq(auditEvents.peer, "192.0.2.77"))).all();
    expect(rows()).toEqual([
      expect.objectContaining({ userId: null, target: "POST /workspace/admin/units", detail: "来源 Origin：https://evil.example", ip: "6.6.6.6", count: 1 }),
    ]);
    flushRefusals(t0 + 10 * 60_000);
    expect(rows().map((r) => r.count)).toEqual([1, 2]);
  });

  it("tells a foreign Origin as Next does: another host than the request's, or an Origin that is no URL", () => {
    expect(isForeignOrigin({ host: "127.0.0.1:3100", origin: "http://127.0.0.1:3100" })).toBe(false);
    expect(isForeignOrigin({ host: "127.0.0.1:3100" })).toBe(false);
    expect(isForeignOrigin({ host: "www.example.gov.cn", "x-forwarded-host": "www.example.gov.cn", origin: "https://www.example.gov.cn" })).toBe(false);
    expect(isForeignOrigin({ host: "127.0.0.1:3100", origin: "https://evil.example" })).toBe(true);
    expect(isForeignOrigin({ host: "127.0.0.1:3100", origin: "null" })).toBe(true);
  });
});
