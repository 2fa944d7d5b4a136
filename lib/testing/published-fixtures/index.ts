/** Published reports as fixtures: one model, printed as a government web page, Word, PDF (via Chromium) and pasted text. */
export { demo2021Fixture, DEMO_2021_UNIT, fixtureFromValues, reference2020Fixture, type FixtureReport } from "./fixture-report";
export {
  cellOrigins,
  expandRows,
  paragraphsOf,
  PLAIN,
  printedTables,
  printReport,
  printTable,
  REAL_WORLD,
  splitTable,
  type PrintedBlock,
  type PrintedCell,
  type PrintedReport,
  type PrintedSection,
  type PrintedTable,
  type PrintVariants,
} from "./print-layout";
export { renderGovSitePage, renderPrintDocument, renderReportHtml, type GovSiteOptions, type HtmlOptions } from "./render-html";
export { buildReportDocx, renderReportDocx, type DocxOptions } from "./render-docx";
export { renderReportText, type TextOptions, type TextShape } from "./render-text";
export { encodeGbk } from "./gbk";
export {
  expectedFileName,
  expectedFixture,
  fixtureReportFor,
  loadPublishedFixture,
  PUBLISHED_FIXTURE_DIR,
  PUBLISHED_FIXTURES,
  type ExpectedFixture,
  type FixtureSpec,
  type LoadedFixture,
} from "./fixture-files";
