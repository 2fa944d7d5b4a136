import { describe, expect, it } from "vitest";
import { AGG_CATALOGUE } from "@/lib/consolidation/findings";
import { CHECK_IDS } from "./catalogue";
import { CHECK_RULES } from "./descriptions";

describe("the checks' rules in words", () => {
  it("describe every check, and nothing else", () => {
    expect(Object.keys(CHECK_RULES).sort()).toEqual([...CHECK_IDS, ...Object.keys(AGG_CATALOGUE)].sort());
    for (const [id, text] of Object.entries(CHECK_RULES)) expect(text.length, id).toBeGreaterThan(10);
  });
});
