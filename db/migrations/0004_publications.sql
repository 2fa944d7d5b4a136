CREATE TABLE `publications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`kind` text NOT NULL,
	`year` integer NOT NULL,
	`slug` text NOT NULL,
	`version` integer NOT NULL,
	`published_at` integer NOT NULL,
	`published_by` integer,
	`correction_note` text,
	`content_hash` text NOT NULL,
	`snapshot` text NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `publications_slug_version_idx` ON `publications` (`year`,`slug`,`version`);--> statement-breakpoint
CREATE INDEX `publications_report_idx` ON `publications` (`report_id`);