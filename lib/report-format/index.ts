export * from "./types";
export * from "./cell-values";
export { cellKey, narrativeKeys, resolveFormat, sectionCells, sectionHeading, sectionTableBlocks, sectionTitle, tableById } from "./resolve-format";
export { formatVersions, localTables, PREAMBLE_KEY, PREAMBLE_TITLE, reportTitle } from "./versions";
export { resultRowKeys } from "./table-applications";
export { headerRows, labelDepth, listLines, rowGroupColumns, rowLabelCells, type ListLine, type SpanCell } from "./table-layout";
