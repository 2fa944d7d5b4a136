CREATE TABLE `comments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`target` text NOT NULL,
	`target_key` text NOT NULL,
	`text` text NOT NULL,
	`author_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	`resolved_at` integer,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `comments_report_idx` ON `comments` (`report_id`);--> statement-breakpoint
CREATE TABLE `consolidation_overrides` (
	`year` integer NOT NULL,
	`cell_key` text NOT NULL,
	`value` text NOT NULL,
	`unit` text,
	`reason` text NOT NULL,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	PRIMARY KEY(`year`, `cell_key`),
	FOREIGN KEY (`year`) REFERENCES `report_years`(`year`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`link` text,
	`report_id` integer,
	`created_at` integer NOT NULL,
	`read_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `notifications_user_idx` ON `notifications` (`user_id`,`read_at`);--> statement-breakpoint
CREATE TABLE `submissions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`number` integer NOT NULL,
	`submitted_at` integer NOT NULL,
	`submitted_by` integer,
	`content` text NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`submitted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `submissions_report_number_idx` ON `submissions` (`report_id`,`number`);--> statement-breakpoint
ALTER TABLE `explanations` ADD `review` text DEFAULT 'pending' NOT NULL;--> statement-breakpoint
ALTER TABLE `explanations` ADD `review_note` text;--> statement-breakpoint
ALTER TABLE `explanations` ADD `reviewed_at` integer;--> statement-breakpoint
ALTER TABLE `explanations` ADD `reviewed_by` integer REFERENCES users(id);