ALTER TABLE `audit_events` ADD `peer` text;--> statement-breakpoint
ALTER TABLE `audit_events` ADD `count` integer DEFAULT 1 NOT NULL;