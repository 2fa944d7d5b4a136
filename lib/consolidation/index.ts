/** The consolidated (本级政府) report: pure TypeScript, no framework imports. */
export { checkConsolidated } from "./check";
export { consolidate } from "./consolidate";
export { drillDown } from "./contributions";
export { baseUnitOf, signed } from "./decimal";
export { AGG_CATALOGUE } from "./findings";
export type * from "./types";
