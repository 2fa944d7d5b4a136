/**
 * Text pasted into the page (a report copied from a web page or from Word: its tables arrive as tab-separated
 * rows) travels as a text file of its own, so that it is read, bounded and refused exactly as an uploaded one.
 */
export const PASTED_FILE_NAME = "粘贴的文本.txt";

export function pastedFile(text: string): File | null {
  return text.trim() ? new File([text], PASTED_FILE_NAME, { type: "text/plain;charset=utf-8" }) : null;
}
