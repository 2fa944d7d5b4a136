import { describe, expect, it } from "vitest";
import { matchUnit } from "./match-unit";

const UNITS = [
  { id: 1, name: "区教育局" },
  { id: 2, name: "新碶街道" },
  { id: 3, name: "宁波市自然资源和规划局北仑分局" },
  { id: 4, name: "区人民政府办公室" },
  { id: 5, name: "区财政局" },
];

describe("matchUnit", () => {
  it.each([
    ["宁波市北仑区教育局", 1],
    ["北仑区教育局", 1],
    ["区教育局", 1],
    ["北仑区新碶街道办事处", 2],
    ["宁波市自然资源和规划局北仑分局", 3],
  ])("%s is unit %i", (printed, id) => {
    expect(matchUnit(printed, UNITS).unit?.id).toBe(id);
  });

  it("matches nothing that only shares words", () => {
    expect(matchUnit("宁波市北仑区教育局关于某事的通知", UNITS).unit).toBeNull();
    expect(matchUnit("区教育局幼儿园", UNITS).unit).toBeNull();
    expect(matchUnit(undefined, UNITS)).toEqual({ unit: null, candidates: [] });
  });

  it("is ambiguous where two units match alike", () => {
    const r = matchUnit("北仑区教育局", [...UNITS, { id: 9, name: "教育局" }]);
    expect(r.unit).toBeNull();
    expect(r.candidates.map((u) => u.id).sort()).toEqual([1, 9]);
  });
});

describe("matchUnit with full official names", () => {
  const units = [
    { id: 1, name: "区委宣传部", fullName: "中共宁波市北仑区委宣传部" },
    { id: 2, name: "团区委", fullName: "共青团宁波市北仑区委员会" },
    { id: 3, name: "区教育局", fullName: null },
  ];

  it("takes a title printing the unit's full name exactly, however unlike its short name", () => {
    expect(matchUnit("共青团宁波市北仑区委员会", units).unit?.id).toBe(2);
    expect(matchUnit("中共宁波市北仑区委宣传部", units).unit?.id).toBe(1);
  });

  it("reads a party organ's 中共… title by its short name too", () => {
    expect(matchUnit("中共宁波市北仑区委宣传部", units.map((u) => ({ ...u, fullName: null }))).unit?.id).toBe(1);
    expect(matchUnit("宁波市北仑区教育局", units).unit?.id).toBe(3);
  });
});
