/**
 * The domain's words, defined once: report states, roles, unit kinds, audit events and their Chinese labels.
 * Pure data with no imports from the database or the framework, so db/schema.ts, the DAL and client components share it.
 */
export { REPORT_STATES, STATE_LABELS, type ReportState } from "./report-states";
export { ROLES, ROLE_LABELS, roleFitsUnitKind, type Role } from "./roles";
export { UNIT_KINDS, UNIT_KIND_LABELS, UNIT_KIND_SHORT_LABELS, type UnitKind } from "./unit-kinds";
export { AUDIT_ACTIONS, AUDIT_LABELS, type AuditAction } from "./audit-events";
export { officialName } from "./unit-names";
export { GOVERNMENT_LEVEL_LABELS, GOVERNMENT_LEVELS, mayMakeRules, RULE_MAKING_KINDS, type GovernmentLevel } from "./rule-making";
