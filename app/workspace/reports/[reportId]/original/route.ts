import { importedOriginal } from "@/lib/dal/past-import";
import { getCurrentUser } from "@/lib/dal/session";
import { privateFileResponse, textResponse } from "@/lib/publishing/draft-download";

const TYPES: Record<string, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  // Served as a download, never rendered here: a saved page is someone else's HTML.
  html: "application/octet-stream",
  text: "text/plain; charset=utf-8",
};

/** The file an imported report was read from, as it was uploaded. */
export async function GET(_request: Request, { params }: { params: Promise<{ reportId: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return textResponse("请先登录。", 401);
  const { reportId } = await params;
  const id = Number(reportId);
  const file = Number.isSafeInteger(id) && id > 0 ? importedOriginal(user, id) : null;
  if (!file) return textResponse("未找到该文件。", 404);
  return privateFileResponse(new Uint8Array(file.bytes), file.fileName, TYPES[file.kind] ?? "application/octet-stream");
}
