import { describe, expect, it } from "vitest";
import { spreadsheetText, spreadsheetValue, unescapeSpreadsheetText } from "./spreadsheet-text";

describe("spreadsheet text", () => {
  it.each(["=1+1", '=HYPERLINK("http://evil.example")', "+1+2", "-2+3", "-区教育局", "@SUM(A1)", "\t区教育局", "\r区教育局", "-", "+"])(
    "starts %j with a single quote",
    (text) => {
      expect(spreadsheetText(text)).toBe(`'${text}`);
      expect(unescapeSpreadsheetText(spreadsheetText(text))).toBe(text);
    },
  );

  it.each(["-8", "+8", "-1.5", "12", "1e3", "区教育局", "", " =1", "'=1", "（一）予以公开", "—"])("leaves %j as it is", (text) => {
    expect(spreadsheetText(text)).toBe(text);
  });

  it("leaves numbers and blanks alone, and unescapes only what it escaped", () => {
    expect([spreadsheetValue(-8), spreadsheetValue(null), spreadsheetValue(undefined), spreadsheetValue("=1")]).toEqual([-8, null, undefined, "'=1"]);
    expect(unescapeSpreadsheetText("'区教育局")).toBe("'区教育局");
  });
});
