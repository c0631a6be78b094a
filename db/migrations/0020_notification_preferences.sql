CREATE TABLE `notification_digest_items` (
	`id` varchar(20) NOT NULL,
	`user_id` varchar(20) NOT NULL,
	`kind` varchar(40) NOT NULL,
	`params` longtext NOT NULL,
	`path` varchar(300) NOT NULL,
	`digest_id` varchar(20),
	`created_at` datetime(3) NOT NULL,
	CONSTRAINT `notification_digest_items_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `notification_digests` (
	`id` varchar(20) NOT NULL,
	`user_id` varchar(20) NOT NULL,
	`day` date NOT NULL,
	`item_count` int NOT NULL,
	`created_at` datetime(3) NOT NULL,
	CONSTRAINT `notification_digests_id` PRIMARY KEY(`id`),
	CONSTRAINT `notification_digests_user_day_uq` UNIQUE(`user_id`,`day`)
);
--> statement-breakpoint
CREATE TABLE `notification_preferences` (
	`user_id` varchar(20) NOT NULL,
	`email_institutions` enum('immediately','digest','off') NOT NULL DEFAULT 'immediately',
	`email_proposals` enum('immediately','digest','off') NOT NULL DEFAULT 'immediately',
	`email_participation` enum('immediately','digest','off') NOT NULL DEFAULT 'immediately',
	`email_agreements` enum('immediately','digest','off') NOT NULL DEFAULT 'immediately',
	`email_reports` enum('immediately','digest','off') NOT NULL DEFAULT 'immediately',
	`email_conversations` enum('immediately','digest','off') NOT NULL DEFAULT 'immediately',
	`version` int NOT NULL DEFAULT 1,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `notification_preferences_user_id` PRIMARY KEY(`user_id`)
);
--> statement-breakpoint
ALTER TABLE `notification_digest_items` ADD CONSTRAINT `notification_digest_items_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `notification_digest_items` ADD CONSTRAINT `notification_digest_items_digest_id_notification_digests_id_fk` FOREIGN KEY (`digest_id`) REFERENCES `notification_digests`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `notification_digests` ADD CONSTRAINT `notification_digests_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `notification_preferences` ADD CONSTRAINT `notification_preferences_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX `notification_digest_items_pending_idx` ON `notification_digest_items` (`digest_id`,`created_at`,`user_id`);--> statement-breakpoint
CREATE INDEX `notification_digest_items_user_idx` ON `notification_digest_items` (`user_id`,`digest_id`,`created_at`);