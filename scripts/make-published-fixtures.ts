/**
 * Writes the committed fixtures of published reports (lib/import/published/fixtures/): each rendering of
 * lib/testing/published-fixtures' specs, with a .expected.json beside it. The PDFs are printed by Chromium,
 * so run it under the e2e lock:
 *
 *   flock /tmp/e2e.lock npx tsx scripts/make-published-fixtures.ts
 */
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright";
import {
  encodeGbk,
  expectedFileName,
  expectedFixture,
  fixtureReportFor,
  PUBLISHED_FIXTURE_DIR,
  PUBLISHED_FIXTURES,
  renderGovSitePage,
  renderPrintDocument,
  renderReportDocx,
  renderReportHtml,
  renderReportText,
  type FixtureSpec,
} from "@/lib/testing/published-fixtures";
import { packObjectStreams } from "@/lib/testing/published-fixtures/pack-pdf";
import { reportTitle } from "@/lib/report-format";

const FOOTER = `<div style="width:100%;text-align:center;font-size:9pt;font-family:'Noto Sans CJK SC',sans-serif">— <span class="pageNumber"></span> —</div>`;

async function printPdf(browser: Browser, html: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: "load" });
    const pdf = await page.pdf({
      format: "A4",
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate: FOOTER,
    });
    return new Uint8Array(pdf);
  } finally {
    await page.close();
  }
}

async function render(spec: FixtureSpec, browser: () => Promise<Browser>): Promise<Uint8Array> {
  const report = fixtureReportFor(spec);
  const title = reportTitle(report.unitName, report.year);
  switch (spec.source) {
    case "html": {
      const page = renderGovSitePage(renderReportHtml(report, { variants: spec.variants }), { charset: spec.charset, title });
      return spec.charset === "gb2312" ? encodeGbk(page) : new TextEncoder().encode(page);
    }
    case "docx":
      return renderReportDocx(report, { variants: spec.variants, splitTable3: spec.splitTable3 });
    case "pdf":
      return packObjectStreams(await printPdf(await browser(), renderPrintDocument(renderReportHtml(report, { variants: spec.variants, thead: spec.thead }), title)));
    case "text":
      return new TextEncoder().encode(renderReportText(report, { shape: spec.shape, variants: spec.variants }));
  }
}

async function main() {
  fs.mkdirSync(PUBLISHED_FIXTURE_DIR, { recursive: true });
  let launched: Browser | undefined;
  const browser = async () =>
    (launched ??= await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] }));
  try {
    for (const spec of PUBLISHED_FIXTURES) {
      const bytes = await render(spec, browser);
      fs.writeFileSync(path.join(PUBLISHED_FIXTURE_DIR, spec.file), bytes);
      fs.writeFileSync(path.join(PUBLISHED_FIXTURE_DIR, expectedFileName(spec.file)), `${JSON.stringify(expectedFixture(spec), null, 1)}\n`);
      console.log(`${spec.file.padEnd(26)} ${(bytes.length / 1024).toFixed(1).padStart(7)} KB`);
    }
  } finally {
    await launched?.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
