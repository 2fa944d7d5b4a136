ALTER TABLE `reports` ADD `handover_at` integer;--> statement-breakpoint
ALTER TABLE `reports` ADD `handover_by` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `reports` ADD `handback_at` integer;--> statement-breakpoint
ALTER TABLE `reports` ADD `handback_by` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `reports` ADD `handback_note` text;