CREATE TABLE `audit_chain_head` (
	`id` tinyint unsigned NOT NULL,
	`entries` bigint unsigned NOT NULL DEFAULT 0,
	`hash` char(64) NOT NULL,
	CONSTRAINT `audit_chain_head_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `email_outbox` (
	`id` varchar(20) NOT NULL,
	`to_address` varchar(254) NOT NULL,
	`locale` enum('en','fr','es','ar','zh','ru','pt') NOT NULL,
	`template` varchar(40) NOT NULL,
	`params` longtext NOT NULL,
	`path` varchar(300) NOT NULL,
	`query` varchar(300),
	`status` enum('pending','delivered','dead') NOT NULL DEFAULT 'pending',
	`attempts` int NOT NULL DEFAULT 0,
	`next_attempt_at` datetime(3) NOT NULL,
	`lease_token` varchar(20),
	`lease_until` datetime(3),
	`last_error` text,
	`delivered_at` datetime(3),
	`created_at` datetime(3) NOT NULL,
	CONSTRAINT `email_outbox_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
ALTER TABLE `audit_log` ADD `chain_seq` bigint unsigned;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `prev_hash` char(64);--> statement-breakpoint
ALTER TABLE `audit_log` ADD `hash` char(64);--> statement-breakpoint
ALTER TABLE `audit_log` ADD CONSTRAINT `audit_chain_seq_uq` UNIQUE(`chain_seq`);--> statement-breakpoint
CREATE INDEX `email_outbox_due_idx` ON `email_outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `email_outbox_to_idx` ON `email_outbox` (`to_address`,`created_at`);