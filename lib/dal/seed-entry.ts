import "server-only";

/**
 * The demo seed's way in (db/seed only; the lint rule lets nothing else import it). The seed writes years of
 * history before any account exists, so these writes run without a caller check — which is why they are
 * here, named for what they are, and not among the data layer's guarded functions.
 */
export { recordAudit as seedRecordAudit } from "./internal/audit-write";
export { publishConsolidatedTx as seedPublishConsolidated, publishUnitReportTx as seedPublishUnitReport } from "./internal/publish-tx";
