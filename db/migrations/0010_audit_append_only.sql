-- The security audit is append-only: no UPDATE or DELETE, whoever asks (the app, a script, the sqlite3 shell).
-- Repeated refusals are coalesced in memory before they are written (lib/audit/refusals.ts), never by updating a row.
-- A later migration that rebuilds this table must create both triggers again.
CREATE TRIGGER `audit_events_no_update` BEFORE UPDATE ON `audit_events`
BEGIN
	SELECT RAISE(ABORT, 'audit_events is append-only: rows cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_events_no_delete` BEFORE DELETE ON `audit_events`
BEGIN
	SELECT RAISE(ABORT, 'audit_events is append-only: rows cannot be deleted');
END;
