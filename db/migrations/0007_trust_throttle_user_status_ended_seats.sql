CREATE TABLE `throttle_buckets` (
	`purpose` varchar(32) NOT NULL,
	`key_hash` char(64) NOT NULL,
	`window_start` datetime(3) NOT NULL,
	`n` int NOT NULL DEFAULT 0,
	`blocked_until` datetime(3),
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `throttle_buckets_purpose_key_hash_window_start_pk` PRIMARY KEY(`purpose`,`key_hash`,`window_start`)
);
--> statement-breakpoint
ALTER TABLE `review_assignments` MODIFY COLUMN `status` enum('active','recused','ended') NOT NULL DEFAULT 'active';--> statement-breakpoint
ALTER TABLE `users` ADD `status` enum('active','suspended') DEFAULT 'active' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `status_reason` text;--> statement-breakpoint
ALTER TABLE `users` ADD `status_changed_at` datetime(3);--> statement-breakpoint
ALTER TABLE `users` ADD `version` int DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX `throttle_buckets_updated_idx` ON `throttle_buckets` (`updated_at`);