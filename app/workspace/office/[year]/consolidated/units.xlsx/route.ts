import { buildUnitDataWorkbook } from "@/lib/consolidation/unit-data-xlsx";
import { getUnitDataTable } from "@/lib/dal/consolidated";
import { getCurrentUser } from "@/lib/dal/session";
import { privateFileResponse, textResponse, XLSX_TYPE } from "@/lib/publishing/draft-download";
import { reportYearSchema } from "@/lib/validation/dashboard-input";

/** Every expected unit's numbers for the year in one sheet, with the sum (office roles only). */
export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return textResponse("请先登录。", 401);
  const year = reportYearSchema.safeParse((await params).year);
  const table = year.success ? getUnitDataTable(user, year.data) : null;
  if (!table) return textResponse("未找到该年度。", 404);
  const bytes = new Uint8Array(await buildUnitDataWorkbook(table).xlsx.writeBuffer());
  return privateFileResponse(bytes, `${table.year}年度各单位数据.xlsx`, XLSX_TYPE);
}
