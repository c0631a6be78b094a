CREATE TABLE `api_tokens` (
	`id` varchar(20) NOT NULL,
	`user_id` varchar(20) NOT NULL,
	`name` varchar(80) NOT NULL,
	`scope` enum('read','institution:write') NOT NULL,
	`token_hash` char(64) NOT NULL,
	`hint` varchar(8) NOT NULL,
	`last_used_at` datetime(3),
	`revoked_at` datetime(3),
	`version` int NOT NULL DEFAULT 1,
	`created_at` datetime(3) NOT NULL,
	CONSTRAINT `api_tokens_id` PRIMARY KEY(`id`),
	CONSTRAINT `api_tokens_hash_uq` UNIQUE(`token_hash`)
);
--> statement-breakpoint
CREATE TABLE `webhook_deliveries` (
	`id` varchar(20) NOT NULL,
	`endpoint_id` varchar(20) NOT NULL,
	`event` enum('programme.published','application.decided','agreement.in_force') NOT NULL,
	`payload` longtext NOT NULL,
	`status` enum('pending','delivered','dead') NOT NULL DEFAULT 'pending',
	`attempts` int NOT NULL DEFAULT 0,
	`next_attempt_at` datetime(3) NOT NULL,
	`lease_token` varchar(20),
	`lease_until` datetime(3),
	`last_error` text,
	`last_status` int,
	`delivered_at` datetime(3),
	`created_at` datetime(3) NOT NULL,
	CONSTRAINT `webhook_deliveries_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `webhook_endpoints` (
	`id` varchar(20) NOT NULL,
	`institution_id` varchar(20) NOT NULL,
	`url` varchar(500) NOT NULL,
	`secret` varchar(80) NOT NULL,
	`created_by_user_id` varchar(20) NOT NULL,
	`revoked_at` datetime(3),
	`version` int NOT NULL DEFAULT 1,
	`created_at` datetime(3) NOT NULL,
	CONSTRAINT `webhook_endpoints_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE INDEX `api_tokens_user_idx` ON `api_tokens` (`user_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `webhook_deliveries_due_idx` ON `webhook_deliveries` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `webhook_deliveries_endpoint_idx` ON `webhook_deliveries` (`endpoint_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `webhook_endpoints_institution_idx` ON `webhook_endpoints` (`institution_id`,`revoked_at`);