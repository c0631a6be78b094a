CREATE TABLE `transparency_log_leaves` (
	`leaf_index` bigint unsigned NOT NULL,
	`leaf_hash` char(64) NOT NULL,
	`kind` varchar(40) NOT NULL,
	`subject` varchar(80) NOT NULL,
	`payload` text NOT NULL,
	`created_at` datetime(3) NOT NULL,
	CONSTRAINT `transparency_log_leaves_leaf_index` PRIMARY KEY(`leaf_index`)
);
--> statement-breakpoint
CREATE TABLE `transparency_log_lock` (
	`id` tinyint unsigned NOT NULL,
	`origin` bigint unsigned NOT NULL DEFAULT 0,
	CONSTRAINT `transparency_log_lock_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE INDEX `transparency_log_leaves_hash_idx` ON `transparency_log_leaves` (`leaf_hash`);--> statement-breakpoint
CREATE INDEX `transparency_log_leaves_subject_idx` ON `transparency_log_leaves` (`subject`);