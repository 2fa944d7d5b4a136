export * from "./types";
export * from "./cell-values";
export { cellKey, resolveFormat, sectionCells, sectionTableBlocks, tableById } from "./resolve-format";
export { formatVersions, localTables, reportTitle } from "./versions";
export { resultRowKeys } from "./table-applications";
export { headerRows, labelDepth, listLines, rowGroupColumns, rowLabelCells, type ListLine, type SpanCell } from "./table-layout";
