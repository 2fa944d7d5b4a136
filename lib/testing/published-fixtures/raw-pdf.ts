/**
 * Minimal PDFs written by hand, for the reader's edge cases no Chromium print gives: a page with an image
 * and no text (a scan), hundreds of pages, a table without borders, borders stroked as rectangles the way
 * Word draws them, a CJK font that is not embedded. Page space is A4 in points, y upwards.
 */

export interface RawPage {
  /** The page's content stream (PDF operators). */
  content: string;
  /** Give the page an image XObject /Im1 (a 2×2 grey bitmap) to draw. */
  image?: boolean;
}

/** A PDF of the given pages; offsets in the cross-reference table are computed, so pdf.js reads it as written. */
export function rawPdf(pages: RawPage[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  add("<< /Type /Catalog /Pages 2 0 R >>");
  add(""); // the page tree, filled in once the page objects are numbered
  add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  add("<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x00\x80\x80\xff\nendstream");
  // A CJK font that is not embedded, addressed through a predefined CMap, as older Word and WPS exports write 宋体.
  add("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>");
  add("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>");
  add("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>");
  const kids: number[] = [];
  for (const page of pages) {
    const contentNum = add(`<< /Length ${page.content.length} >>\nstream\n${page.content}\nendstream`);
    const resources = `<< /Font << /F1 3 0 R /F2 5 0 R >>${page.image ? " /XObject << /Im1 4 0 R >>" : ""} >>`;
    kids.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources ${resources} /Contents ${contentNum} 0 R >>`));
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;

  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefAt = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Uint8Array.from(out, (ch) => ch.charCodeAt(0));
}

/** Chinese text in the non-embedded /F2 (UCS-2 codes through UniGB-UCS2-H). */
export const cjkTextAt = (x: number, y: number, text: string, size = 10) =>
  `BT /F2 ${size} Tf ${x} ${y} Td <${[...text].map((ch) => ch.charCodeAt(0).toString(16).padStart(4, "0")).join("")}> Tj ET\n`;

/** Text at a position: one text object per call, as most producers write table cells. */
export const textAt = (x: number, y: number, text: string, size = 10) => `BT /F1 ${size} Tf ${x} ${y} Td (${text.replace(/[()\\]/g, "\\$&")}) Tj ET\n`;
