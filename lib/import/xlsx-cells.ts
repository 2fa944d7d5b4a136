import type ExcelJS from "exceljs";
import { unescapeSpreadsheetText } from "@/lib/publishing/spreadsheet-text";
import type { WorkbookCells } from "./workbook-cells";

/**
 * The workbook as text: every cell's value as the importer compares it, with its number format where it
 * has one. Runs in the import worker, on parts already checked (zip-directory, zip-inflate,
 * xlsx-parts-check), so exceljs reads exactly what was checked: a zip re-packed from those parts, not the
 * uploaded bytes, whose directory another zip reader might read differently. exceljs and jszip are loaded
 * on first use: a refused file never needs them, and loading exceljs is most of the worker's start-up.
 */

function valueText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(15)));
  // A ' the application's own export put before text that would read as a formula is not part of it.
  if (typeof v === "string") return unescapeSpreadsheetText(v.trim());
  if (typeof v === "boolean") return String(v);
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "object") {
    if ("result" in v && v.result !== undefined && v.result !== null && typeof v.result !== "object") return valueText(v.result);
    if ("richText" in v) return unescapeSpreadsheetText(v.richText.map((t) => t.text).join("").trim());
    if ("text" in v && typeof v.text === "string") return v.text.trim();
  }
  return "";
}

export async function repack(parts: ReadonlyMap<string, Uint8Array>): Promise<Uint8Array> {
  const { default: JSZip } = await import("jszip");
  const zip = new JSZip();
  for (const [name, bytes] of parts) zip.file(name, bytes);
  return zip.generateAsync({ type: "uint8array", compression: "STORE" });
}

/** Every cell that holds something (merged cells read as their range's first cell, as in Excel). */
export async function workbookCells(zipBytes: Uint8Array): Promise<WorkbookCells> {
  const { default: Excel } = await import("exceljs");
  const wb = new Excel.Workbook();
  await wb.xlsx.load(zipBytes as unknown as ExcelJS.Buffer);
  return {
    sheets: wb.worksheets.map((ws) => {
      const cells: WorkbookCells["sheets"][number]["cells"] = [];
      ws.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          const text = valueText(cell.value);
          const numFmt = typeof cell.numFmt === "string" && cell.numFmt !== "General" ? cell.numFmt : "";
          if (text || numFmt) cells.push([r, c, text, numFmt]);
        }),
      );
      return { name: ws.name, cells };
    }),
  };
}
