import { buildUnitDataWorkbook } from "@/lib/consolidation/unit-data-xlsx";
import { getUnitDataTable } from "@/lib/dal/consolidated";
import { getCurrentUser } from "@/lib/dal/session";
import { textResponse } from "@/lib/publishing/draft-download";
import { contentDisposition } from "@/lib/publishing/export-files";
import { reportYearSchema } from "@/lib/validation/dashboard-input";

/** Every expected unit's numbers for the year in one sheet, with the sum (office roles only). */
export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return textResponse("请先登录。", 401);
  const year = reportYearSchema.safeParse((await params).year);
  const table = year.success ? getUnitDataTable(user, year.data) : null;
  if (!table) return textResponse("未找到该年度。", 404);
  const bytes = new Uint8Array(await buildUnitDataWorkbook(table).xlsx.writeBuffer());
  return new Response(bytes as BodyInit, {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": contentDisposition(`${table.year}年度各单位数据.xlsx`),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
