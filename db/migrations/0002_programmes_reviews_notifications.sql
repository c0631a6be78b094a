CREATE TABLE `programme_revisions` (
	`id` varchar(20) NOT NULL,
	`programme_id` varchar(20) NOT NULL,
	`number` int NOT NULL,
	`content` longtext NOT NULL,
	`submitted_by_user_id` varchar(20) NOT NULL,
	`created_at` datetime(3) NOT NULL,
	CONSTRAINT `programme_revisions_id` PRIMARY KEY(`id`),
	CONSTRAINT `programme_revisions_number_uq` UNIQUE(`programme_id`,`number`)
);
--> statement-breakpoint
CREATE TABLE `programmes` (
	`id` varchar(20) NOT NULL,
	`reference` varchar(16) NOT NULL,
	`lead_institution_id` varchar(20) NOT NULL,
	`created_by_user_id` varchar(20) NOT NULL,
	`status` enum('draft','submitted','under_review','changes_requested','approved','rejected','withdrawn','open','active','completed','cancelled') NOT NULL,
	`title` varchar(200) NOT NULL,
	`summary` text NOT NULL,
	`description` mediumtext NOT NULL,
	`working_area` enum('capacity_building','application','data_governance'),
	`format` enum('training','scholarship','joint_lab','pilot','knowledge_exchange','data_infrastructure','standards'),
	`sectors` longtext NOT NULL,
	`mechanism_code` varchar(32),
	`co_lead_institution_ids` longtext NOT NULL,
	`hub_country` char(2),
	`spillover_countries` longtext NOT NULL,
	`start_date` date,
	`end_date` date,
	`application_deadline` date,
	`budget_amount` decimal(14,2),
	`budget_currency` char(3),
	`funding_sources` longtext NOT NULL,
	`capacity` int,
	`languages` longtext NOT NULL,
	`outcomes` longtext NOT NULL,
	`involves_data_sharing` boolean NOT NULL DEFAULT false,
	`is_flagship` boolean NOT NULL DEFAULT false,
	`current_revision` int NOT NULL DEFAULT 0,
	`submitted_at` datetime(3),
	`decided_at` datetime(3),
	`version` int NOT NULL DEFAULT 1,
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `programmes_id` PRIMARY KEY(`id`),
	CONSTRAINT `programmes_reference_uq` UNIQUE(`reference`)
);
--> statement-breakpoint
CREATE TABLE `reference_counters` (
	`scope` varchar(16) NOT NULL,
	`value` int NOT NULL DEFAULT 0,
	CONSTRAINT `reference_counters_scope` PRIMARY KEY(`scope`)
);
--> statement-breakpoint
CREATE TABLE `programme_decisions` (
	`id` varchar(20) NOT NULL,
	`programme_id` varchar(20) NOT NULL,
	`revision_number` int NOT NULL,
	`outcome` enum('approve','request_changes','reject') NOT NULL,
	`letter` text NOT NULL,
	`decided_by_user_id` varchar(20) NOT NULL,
	`override_reason` text,
	`created_at` datetime(3) NOT NULL,
	CONSTRAINT `programme_decisions_id` PRIMARY KEY(`id`),
	CONSTRAINT `programme_decisions_revision_uq` UNIQUE(`programme_id`,`revision_number`)
);
--> statement-breakpoint
CREATE TABLE `review_assignments` (
	`id` varchar(20) NOT NULL,
	`programme_id` varchar(20) NOT NULL,
	`reviewer_user_id` varchar(20) NOT NULL,
	`role` enum('reviewer','chair') NOT NULL,
	`status` enum('active','recused') NOT NULL DEFAULT 'active',
	`recusal_reason` text,
	`assigned_by_user_id` varchar(20) NOT NULL,
	`version` int NOT NULL DEFAULT 1,
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `review_assignments_id` PRIMARY KEY(`id`),
	CONSTRAINT `review_assignments_uq` UNIQUE(`programme_id`,`reviewer_user_id`)
);
--> statement-breakpoint
CREATE TABLE `reviews` (
	`id` varchar(20) NOT NULL,
	`assignment_id` varchar(20) NOT NULL,
	`programme_id` varchar(20) NOT NULL,
	`reviewer_user_id` varchar(20) NOT NULL,
	`revision_number` int NOT NULL,
	`scores` longtext NOT NULL,
	`weighted_score` decimal(4,2) NOT NULL,
	`comments_to_proposer` text NOT NULL,
	`confidential_comments` text NOT NULL,
	`recommendation` enum('approve','revise','reject') NOT NULL,
	`submitted_at` datetime(3) NOT NULL,
	CONSTRAINT `reviews_id` PRIMARY KEY(`id`),
	CONSTRAINT `reviews_assignment_revision_uq` UNIQUE(`assignment_id`,`revision_number`)
);
--> statement-breakpoint
CREATE TABLE `rubric_criteria` (
	`code` varchar(40) NOT NULL,
	`weight` int NOT NULL,
	`position` int NOT NULL,
	`active` boolean NOT NULL DEFAULT true,
	CONSTRAINT `rubric_criteria_code` PRIMARY KEY(`code`)
);
--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` varchar(20) NOT NULL,
	`user_id` varchar(20) NOT NULL,
	`kind` varchar(40) NOT NULL,
	`params` longtext NOT NULL,
	`path` varchar(300) NOT NULL,
	`read_at` datetime(3),
	`created_at` datetime(3) NOT NULL,
	CONSTRAINT `notifications_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
ALTER TABLE `programme_revisions` ADD CONSTRAINT `programme_revisions_programme_id_programmes_id_fk` FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `programme_revisions` ADD CONSTRAINT `programme_revisions_submitted_by_user_id_users_id_fk` FOREIGN KEY (`submitted_by_user_id`) REFERENCES `users`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `programmes` ADD CONSTRAINT `programmes_lead_institution_id_institutions_id_fk` FOREIGN KEY (`lead_institution_id`) REFERENCES `institutions`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `programmes` ADD CONSTRAINT `programmes_created_by_user_id_users_id_fk` FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `programmes` ADD CONSTRAINT `programmes_mechanism_code_mechanisms_code_fk` FOREIGN KEY (`mechanism_code`) REFERENCES `mechanisms`(`code`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `programmes` ADD CONSTRAINT `programmes_hub_country_countries_iso2_fk` FOREIGN KEY (`hub_country`) REFERENCES `countries`(`iso2`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `programme_decisions` ADD CONSTRAINT `programme_decisions_programme_id_programmes_id_fk` FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `programme_decisions` ADD CONSTRAINT `programme_decisions_decided_by_user_id_users_id_fk` FOREIGN KEY (`decided_by_user_id`) REFERENCES `users`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `review_assignments` ADD CONSTRAINT `review_assignments_programme_id_programmes_id_fk` FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `review_assignments` ADD CONSTRAINT `review_assignments_reviewer_user_id_users_id_fk` FOREIGN KEY (`reviewer_user_id`) REFERENCES `users`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `review_assignments` ADD CONSTRAINT `review_assignments_assigned_by_user_id_users_id_fk` FOREIGN KEY (`assigned_by_user_id`) REFERENCES `users`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `reviews` ADD CONSTRAINT `reviews_assignment_id_review_assignments_id_fk` FOREIGN KEY (`assignment_id`) REFERENCES `review_assignments`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `reviews` ADD CONSTRAINT `reviews_programme_id_programmes_id_fk` FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `reviews` ADD CONSTRAINT `reviews_reviewer_user_id_users_id_fk` FOREIGN KEY (`reviewer_user_id`) REFERENCES `users`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `notifications` ADD CONSTRAINT `notifications_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX `programme_revisions_by_idx` ON `programme_revisions` (`submitted_by_user_id`);--> statement-breakpoint
CREATE INDEX `programmes_lead_idx` ON `programmes` (`lead_institution_id`,`status`);--> statement-breakpoint
CREATE INDEX `programmes_status_idx` ON `programmes` (`status`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `programmes_created_by_idx` ON `programmes` (`created_by_user_id`);--> statement-breakpoint
CREATE INDEX `programmes_mechanism_idx` ON `programmes` (`mechanism_code`);--> statement-breakpoint
CREATE INDEX `programmes_hub_idx` ON `programmes` (`hub_country`);--> statement-breakpoint
CREATE INDEX `programme_decisions_by_idx` ON `programme_decisions` (`decided_by_user_id`);--> statement-breakpoint
CREATE INDEX `review_assignments_reviewer_idx` ON `review_assignments` (`reviewer_user_id`,`status`);--> statement-breakpoint
CREATE INDEX `review_assignments_by_idx` ON `review_assignments` (`assigned_by_user_id`);--> statement-breakpoint
CREATE INDEX `reviews_programme_idx` ON `reviews` (`programme_id`,`revision_number`);--> statement-breakpoint
CREATE INDEX `reviews_reviewer_idx` ON `reviews` (`reviewer_user_id`);--> statement-breakpoint
CREATE INDEX `notifications_user_idx` ON `notifications` (`user_id`,`read_at`,`created_at`);