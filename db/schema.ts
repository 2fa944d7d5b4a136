import { sql } from "drizzle-orm";
import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";
// Relative: drizzle-kit and the scripts load this file outside Next's bundler.
import { AUDIT_ACTIONS, REPORT_STATES, ROLES, UNIT_KINDS } from "../lib/domain";

const now = sql`(unixepoch('subsec') * 1000)`;
const createdAt = () => integer("created_at", { mode: "number" }).notNull().default(now);

export const units = sqliteTable("units", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  code: text("code").notNull().unique(),
  /** The name the office's lists use (区教育局). */
  name: text("name").notNull(),
  /** The full official name printed in report titles (宁波市北仑区教育局); the short name when not set. */
  fullName: text("full_name"),
  kind: text("kind", { enum: UNIT_KINDS }).notNull(),
  active: integer("active", { mode: "boolean" }).notNull().default(true),
  /** 机构序列: the government's official order of its units (public lists, the dashboard). */
  sortOrder: integer("sort_order").notNull().default(0),
  /** Set when the unit was merged into another (机构改革): its past reports count as that unit's previous years. */
  mergedIntoId: integer("merged_into_id").references((): AnySQLiteColumn => units.id),
  createdAt: createdAt(),
});

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    username: text("username").notNull().unique(),
    displayName: text("display_name").notNull(),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    role: text("role", { enum: ROLES }).notNull(),
    passwordHash: text("password_hash").notNull(),
    disabled: integer("disabled", { mode: "boolean" }).notNull().default(false),
    failedLogins: integer("failed_logins").notNull().default(0),
    /** Epoch ms until which sign-in is refused after too many failed attempts. */
    lockedUntil: integer("locked_until"),
    passwordChangedAt: integer("password_changed_at"),
    /** Set when an administrator chose the password (new account, reset): the person must choose their own first. */
    mustChangePassword: integer("must_change_password", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index("users_unit_idx").on(t.unitId)],
);

/** Server-side sessions: the JWT only carries the id, so inactivity, sign-out and disabling take effect at once. */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    lastSeenAt: integer("last_seen_at").notNull(),
    revokedAt: integer("revoked_at"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const reportYears = sqliteTable("report_years", {
  year: integer("year").primaryKey(),
  formatVersion: text("format_version").notNull(),
  /** JSON array of local table ids, e.g. ["A"]. */
  localTables: text("local_tables", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
  /** ISO dates (YYYY-MM-DD), in the district's time zone. */
  unitDeadline: text("unit_deadline").notNull(),
  consolidatedDeadline: text("consolidated_deadline").notNull(),
  /** Units' approvers may publish their own approved reports (otherwise only the office publishes). */
  unitsPublish: integer("units_publish", { mode: "boolean" }).notNull().default(false),
  createdAt: createdAt(),
});

/** Which units a report year expects: units change over time, a year remembers its own list. */
export const reportYearUnits = sqliteTable(
  "report_year_units",
  {
    year: integer("year")
      .notNull()
      .references(() => reportYears.year),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.year, t.unitId] })],
);

export const reports = sqliteTable(
  "reports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    year: integer("year")
      .notNull()
      .references(() => reportYears.year),
    state: text("state", { enum: REPORT_STATES }).notNull().default("not_started"),
    /** Bumped on every change; each cell and section remembers the version that last wrote it. */
    version: integer("version").notNull().default(0),
    updatedAt: integer("updated_at"),
    updatedBy: integer("updated_by").references(() => users.id),
    submittedAt: integer("submitted_at"),
    submittedBy: integer("submitted_by").references(() => users.id),
    /** 送签发: the editor handed the draft to the unit's approver (cleared when the approver sends it back). */
    handoverAt: integer("handover_at"),
    handoverBy: integer("handover_by").references(() => users.id),
    /** The approver sent the draft back to the editor, with a note the editor sees at the top of the report. */
    handbackAt: integer("handback_at"),
    handbackBy: integer("handback_by").references(() => users.id),
    handbackNote: text("handback_note"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("reports_unit_year_idx").on(t.unitId, t.year), index("reports_year_idx").on(t.year)],
);

/** One row per cell ever filled: saving a cell writes one row. A cleared cell keeps its row (value null) and its rev. */
export const cellValues = sqliteTable(
  "cell_values",
  {
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    /** Canonical decimal string; null when the cell was cleared (blank is not zero). */
    value: text("value"),
    unit: text("unit"),
    /** The report version that last wrote this cell, for conflict detection. */
    rev: integer("rev").notNull(),
    updatedAt: integer("updated_at").notNull(),
    updatedBy: integer("updated_by").references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.key] })],
);

/** Narrative sections (and the 编制说明 preamble) as plain text. */
export const narratives = sqliteTable(
  "narratives",
  {
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    sectionKey: text("section_key").notNull(),
    text: text("text").notNull(),
    rev: integer("rev").notNull(),
    updatedAt: integer("updated_at").notNull(),
    updatedBy: integer("updated_by").references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.sectionKey] })],
);

/** Every change to a report: cells, narratives and state, with who and when. Never updated or deleted. */
export const reportChanges = sqliteTable(
  "report_changes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    userId: integer("user_id").references(() => users.id),
    at: integer("at").notNull(),
    kind: text("kind", { enum: ["cell", "narrative", "state"] }).notNull(),
    /** Cell key, section key, or "state". */
    target: text("target").notNull(),
    oldValue: text("old_value"),
    newValue: text("new_value"),
    note: text("note"),
  },
  (t) => [index("report_changes_report_idx").on(t.reportId, t.id)],
);

/** The original file of an imported report (state "imported"), kept as uploaded and offered for download. */
export const importedFiles = sqliteTable("imported_files", {
  reportId: integer("report_id")
    .primaryKey()
    .references(() => reports.id, { onDelete: "cascade" }),
  fileName: text("file_name").notNull(),
  /** docx, html, pdf or text: how it was read. */
  kind: text("kind").notNull(),
  bytes: blob("bytes", { mode: "buffer" }).notNull(),
  sha256: text("sha256").notNull(),
  /** The unit and format as the file's title and tables gave them. */
  printedUnit: text("printed_unit"),
  formatVersion: text("format_version").notNull(),
  importedAt: integer("imported_at").notNull(),
  importedBy: integer("imported_by").references(() => users.id),
});

/** A unit's written explanation of a warning, kept with the report for the office (checks.md: warnings need one to submit). */
export const explanations = sqliteTable(
  "explanations",
  {
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    /** Finding.key: the same rule failing on the same cells or sentence keeps its explanation. */
    findingKey: text("finding_key").notNull(),
    checkId: text("check_id").notNull(),
    text: text("text").notNull(),
    updatedAt: integer("updated_at").notNull(),
    updatedBy: integer("updated_by").references(() => users.id),
    /** The office's verdict on the explanation; a changed explanation goes back to pending. */
    review: text("review", { enum: ["pending", "accepted", "rejected"] }).notNull().default("pending"),
    reviewNote: text("review_note"),
    reviewedAt: integer("reviewed_at"),
    reviewedBy: integer("reviewed_by").references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.findingKey] })],
);

/** What a report held at each submission: the office sees what changed since the last one. */
export const submissions = sqliteTable(
  "submissions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    /** 1 for the first submission of the report, 2 after the first return, … */
    number: integer("number").notNull(),
    submittedAt: integer("submitted_at").notNull(),
    submittedBy: integer("submitted_by").references(() => users.id),
    /** JSON: { values: ReportValues, narratives: Record<string, string> } */
    content: text("content", { mode: "json" }).$type<{ values: Record<string, { value: string; unit?: string }>; narratives: Record<string, string> }>().notNull(),
  },
  (t) => [uniqueIndex("submissions_report_number_idx").on(t.reportId, t.number)],
);

/** The office's comments on a cell, a section or the whole report during review. */
export const comments = sqliteTable(
  "comments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    /** "cell" (targetKey: cell key), "section" (targetKey: section key or "preamble"), "report" (targetKey: "") */
    target: text("target", { enum: ["cell", "section", "report"] }).notNull(),
    targetKey: text("target_key").notNull(),
    text: text("text").notNull(),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    createdAt: integer("created_at").notNull(),
    /** Set when the report is resubmitted after the comment, or by the reviewer. */
    resolvedAt: integer("resolved_at"),
  },
  (t) => [index("comments_report_idx").on(t.reportId)],
);

/** In-app notices per person (the bell); e-mail is sent in addition where SMTP is configured. */
export const notifications = sqliteTable(
  "notifications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["returned", "approved", "reminder", "submitted", "reopened", "handover", "handback"] }).notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    /** A path inside the app, e.g. /workspace/reports/12 */
    link: text("link"),
    reportId: integer("report_id").references(() => reports.id, { onDelete: "cascade" }),
    createdAt: integer("created_at").notNull(),
    readAt: integer("read_at"),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.readAt)],
);

/** The office's overrides of a consolidated number, with the reason; the difference from the sum stays visible (AGG-SUM). */
export const consolidationOverrides = sqliteTable(
  "consolidation_overrides",
  {
    year: integer("year")
      .notNull()
      .references(() => reportYears.year),
    cellKey: text("cell_key").notNull(),
    value: text("value").notNull(),
    unit: text("unit"),
    reason: text("reason").notNull(),
    updatedAt: integer("updated_at").notNull(),
    updatedBy: integer("updated_by").references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.year, t.cellKey] })],
);

/** Organisation-wide settings (e.g. the name of the government whose consolidated report the office publishes). */
export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: integer("updated_at").notNull(),
  updatedBy: integer("updated_by").references(() => users.id),
});

/**
 * Published versions: each an immutable snapshot of what was published (format included), with its hash.
 * Rows are only ever inserted. A correction is a new row with the next version number.
 */
export const publications = sqliteTable(
  "publications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** The unit's report, or the office's own report for the consolidated (本级政府) report. */
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id),
    kind: text("kind", { enum: ["unit", "consolidated"] }).notNull(),
    year: integer("year").notNull(),
    /** The stable public address: /reports/<year>/<slug> (the unit's code when first published). */
    slug: text("slug").notNull(),
    version: integer("version").notNull(),
    publishedAt: integer("published_at").notNull(),
    publishedBy: integer("published_by").references(() => users.id),
    correctionNote: text("correction_note"),
    contentHash: text("content_hash").notNull(),
    /** JSON of PublishedReport (lib/publishing/snapshot.ts). */
    snapshot: text("snapshot").notNull(),
  },
  (t) => [uniqueIndex("publications_slug_version_idx").on(t.year, t.slug, t.version), index("publications_report_idx").on(t.reportId)],
);

/**
 * The security audit (安全审计): sign-ins, account and organisation changes, publishing, refused access.
 * Append-only: triggers in the database refuse UPDATE and DELETE (migration 0010). Edits to report
 * contents are in report_changes, per report.
 */
export const auditEvents = sqliteTable(
  "audit_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at").notNull(),
    /** Who acted; null when nobody could be identified (a sign-in with an unknown username). */
    userId: integer("user_id").references(() => users.id),
    /** The actor's username, or the name typed at a sign-in. */
    username: text("username"),
    action: text("action", { enum: AUDIT_ACTIONS }).notNull(),
    /** What was acted on, in words: "账户 edu-editor", "单位 区教育局", "2021年度". */
    target: text("target"),
    detail: text("detail"),
    /** The forwarded chain (X-Forwarded-For) as the client or a proxy sent it: anyone can write it. */
    ip: text("ip"),
    /** The connection's own address (scripts/serve.ts passes it as x-peer-address): the one a client cannot forge. */
    peer: text("peer"),
    /** How many identical events the row stands for: repeated refusals within a minute are written once (lib/dal/internal/refusal-log.ts). */
    count: integer("count").notNull().default(1),
  },
  (t) => [index("audit_events_at_idx").on(t.at), index("audit_events_user_idx").on(t.userId)],
);
