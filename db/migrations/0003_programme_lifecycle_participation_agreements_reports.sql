CREATE TABLE `participations` (
	`id` varchar(20) NOT NULL,
	`programme_id` varchar(20) NOT NULL,
	`institution_id` varchar(20) NOT NULL,
	`status` enum('pending','accepted','declined','withdrawn','left') NOT NULL,
	`motivation` text NOT NULL,
	`contact_name` varchar(120) NOT NULL,
	`contact_email` varchar(254) NOT NULL,
	`applied_by_user_id` varchar(20) NOT NULL,
	`decided_by_user_id` varchar(20),
	`decided_at` datetime(3),
	`reason` text,
	`live_key` varchar(41) GENERATED ALWAYS AS ((case when status in ('pending','accepted') then concat(programme_id, ':', institution_id) else null end)) STORED,
	`version` int NOT NULL DEFAULT 1,
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `participations_id` PRIMARY KEY(`id`),
	CONSTRAINT `participations_live_uq` UNIQUE(`live_key`)
);
--> statement-breakpoint
CREATE TABLE `agreement_parties` (
	`id` varchar(20) NOT NULL,
	`agreement_id` varchar(20) NOT NULL,
	`institution_id` varchar(20) NOT NULL,
	`role` enum('provider','recipient','both') NOT NULL,
	`created_at` datetime(3) NOT NULL,
	CONSTRAINT `agreement_parties_id` PRIMARY KEY(`id`),
	CONSTRAINT `agreement_parties_uq` UNIQUE(`agreement_id`,`institution_id`)
);
--> statement-breakpoint
CREATE TABLE `agreement_signatures` (
	`id` varchar(20) NOT NULL,
	`agreement_id` varchar(20) NOT NULL,
	`institution_id` varchar(20) NOT NULL,
	`user_id` varchar(20) NOT NULL,
	`signing_round` int NOT NULL,
	`content_hash` char(64) NOT NULL,
	`status` enum('valid','voided') NOT NULL DEFAULT 'valid',
	`signed_at` datetime(3) NOT NULL,
	`voided_at` datetime(3),
	CONSTRAINT `agreement_signatures_id` PRIMARY KEY(`id`),
	CONSTRAINT `agreement_signatures_round_uq` UNIQUE(`agreement_id`,`institution_id`,`signing_round`)
);
--> statement-breakpoint
CREATE TABLE `agreements` (
	`id` varchar(20) NOT NULL,
	`reference` varchar(16) NOT NULL,
	`version_number` int NOT NULL DEFAULT 1,
	`parent_agreement_id` varchar(20),
	`programme_id` varchar(20) NOT NULL,
	`status` enum('draft','pending_signatures','in_force','superseded','terminated','expired') NOT NULL,
	`title` varchar(200) NOT NULL,
	`content` longtext NOT NULL,
	`impact_assessment` longtext,
	`effective_date` date,
	`expiry_date` date,
	`canonical_content` mediumtext,
	`content_hash` char(64),
	`signing_round` int NOT NULL DEFAULT 0,
	`parties_to_sign` int NOT NULL DEFAULT 0,
	`signatures_given` int NOT NULL DEFAULT 0,
	`sent_at` datetime(3),
	`in_force_at` datetime(3),
	`ended_at` datetime(3),
	`termination_reason` text,
	`created_by_user_id` varchar(20) NOT NULL,
	`version` int NOT NULL DEFAULT 1,
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `agreements_id` PRIMARY KEY(`id`),
	CONSTRAINT `agreements_reference_version_uq` UNIQUE(`reference`,`version_number`)
);
--> statement-breakpoint
CREATE TABLE `transparency_reports` (
	`id` varchar(20) NOT NULL,
	`slug` varchar(40) NOT NULL,
	`title` varchar(200) NOT NULL,
	`period_kind` enum('quarter','year','custom') NOT NULL,
	`period_start` date NOT NULL,
	`period_end` date NOT NULL,
	`status` enum('draft','published') NOT NULL,
	`narrative` mediumtext NOT NULL,
	`methodology` mediumtext NOT NULL,
	`suppression_threshold` int NOT NULL DEFAULT 5,
	`figures` longtext,
	`supersedes_report_id` varchar(20),
	`published_at` datetime(3),
	`published_by_user_id` varchar(20),
	`created_by_user_id` varchar(20) NOT NULL,
	`version` int NOT NULL DEFAULT 1,
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `transparency_reports_id` PRIMARY KEY(`id`),
	CONSTRAINT `transparency_reports_slug_uq` UNIQUE(`slug`)
);
--> statement-breakpoint
ALTER TABLE `programmes` ADD `accepted_count` int DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `programmes` ADD `published_at` datetime(3);--> statement-breakpoint
ALTER TABLE `programmes` ADD `started_at` datetime(3);--> statement-breakpoint
ALTER TABLE `programmes` ADD `closed_at` datetime(3);--> statement-breakpoint
ALTER TABLE `programmes` ADD `outcome_report` longtext;--> statement-breakpoint
ALTER TABLE `programmes` ADD `cancellation_reason` text;--> statement-breakpoint
ALTER TABLE `participations` ADD CONSTRAINT `participations_programme_id_programmes_id_fk` FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `participations` ADD CONSTRAINT `participations_institution_id_institutions_id_fk` FOREIGN KEY (`institution_id`) REFERENCES `institutions`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `participations` ADD CONSTRAINT `participations_applied_by_user_id_users_id_fk` FOREIGN KEY (`applied_by_user_id`) REFERENCES `users`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `participations` ADD CONSTRAINT `participations_decided_by_user_id_users_id_fk` FOREIGN KEY (`decided_by_user_id`) REFERENCES `users`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `agreement_parties` ADD CONSTRAINT `agreement_parties_agreement_id_agreements_id_fk` FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `agreement_parties` ADD CONSTRAINT `agreement_parties_institution_id_institutions_id_fk` FOREIGN KEY (`institution_id`) REFERENCES `institutions`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `agreement_signatures` ADD CONSTRAINT `agreement_signatures_agreement_id_agreements_id_fk` FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `agreement_signatures` ADD CONSTRAINT `agreement_signatures_institution_id_institutions_id_fk` FOREIGN KEY (`institution_id`) REFERENCES `institutions`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `agreement_signatures` ADD CONSTRAINT `agreement_signatures_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `agreements` ADD CONSTRAINT `agreements_programme_id_programmes_id_fk` FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `agreements` ADD CONSTRAINT `agreements_created_by_user_id_users_id_fk` FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `transparency_reports` ADD CONSTRAINT `transparency_reports_published_by_user_id_users_id_fk` FOREIGN KEY (`published_by_user_id`) REFERENCES `users`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `transparency_reports` ADD CONSTRAINT `transparency_reports_created_by_user_id_users_id_fk` FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX `participations_programme_idx` ON `participations` (`programme_id`,`status`);--> statement-breakpoint
CREATE INDEX `participations_institution_idx` ON `participations` (`institution_id`,`status`);--> statement-breakpoint
CREATE INDEX `participations_applied_by_idx` ON `participations` (`applied_by_user_id`);--> statement-breakpoint
CREATE INDEX `participations_decided_by_idx` ON `participations` (`decided_by_user_id`);--> statement-breakpoint
CREATE INDEX `agreement_parties_institution_idx` ON `agreement_parties` (`institution_id`);--> statement-breakpoint
CREATE INDEX `agreement_signatures_institution_idx` ON `agreement_signatures` (`institution_id`);--> statement-breakpoint
CREATE INDEX `agreement_signatures_user_idx` ON `agreement_signatures` (`user_id`);--> statement-breakpoint
CREATE INDEX `agreements_programme_idx` ON `agreements` (`programme_id`,`status`);--> statement-breakpoint
CREATE INDEX `agreements_parent_idx` ON `agreements` (`parent_agreement_id`);--> statement-breakpoint
CREATE INDEX `agreements_created_by_idx` ON `agreements` (`created_by_user_id`);--> statement-breakpoint
CREATE INDEX `agreements_status_idx` ON `agreements` (`status`,`expiry_date`);--> statement-breakpoint
CREATE INDEX `transparency_reports_status_idx` ON `transparency_reports` (`status`,`published_at`);--> statement-breakpoint
CREATE INDEX `transparency_reports_supersedes_idx` ON `transparency_reports` (`supersedes_report_id`);--> statement-breakpoint
CREATE INDEX `transparency_reports_published_by_idx` ON `transparency_reports` (`published_by_user_id`);--> statement-breakpoint
CREATE INDEX `transparency_reports_created_by_idx` ON `transparency_reports` (`created_by_user_id`);--> statement-breakpoint
CREATE INDEX `programmes_catalogue_idx` ON `programmes` (`status`,`is_flagship`,`published_at`);