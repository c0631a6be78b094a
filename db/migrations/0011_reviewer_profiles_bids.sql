CREATE TABLE `reviewer_bids` (
	`id` varchar(20) NOT NULL,
	`reviewer_user_id` varchar(20) NOT NULL,
	`programme_id` varchar(20) NOT NULL,
	`bid` enum('eager','willing','not_qualified','conflict') NOT NULL,
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `reviewer_bids_id` PRIMARY KEY(`id`),
	CONSTRAINT `reviewer_bids_uq` UNIQUE(`reviewer_user_id`,`programme_id`)
);
--> statement-breakpoint
CREATE TABLE `reviewer_profiles` (
	`user_id` varchar(20) NOT NULL,
	`sectors` longtext NOT NULL,
	`working_areas` longtext NOT NULL,
	`countries_known` longtext NOT NULL,
	`regions_known` longtext NOT NULL,
	`languages` longtext NOT NULL,
	`capacity` int NOT NULL,
	`unavailable` longtext NOT NULL,
	`chair_eligible` boolean NOT NULL DEFAULT true,
	`version` int NOT NULL DEFAULT 1,
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `reviewer_profiles_user_id` PRIMARY KEY(`user_id`)
);
--> statement-breakpoint
ALTER TABLE `reviewer_bids` ADD CONSTRAINT `reviewer_bids_reviewer_user_id_users_id_fk` FOREIGN KEY (`reviewer_user_id`) REFERENCES `users`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `reviewer_bids` ADD CONSTRAINT `reviewer_bids_programme_id_programmes_id_fk` FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `reviewer_profiles` ADD CONSTRAINT `reviewer_profiles_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX `reviewer_bids_programme_idx` ON `reviewer_bids` (`programme_id`);