CREATE TABLE `countries` (
	`iso2` char(2) NOT NULL,
	`iso3` char(3) NOT NULL,
	`name` varchar(100) NOT NULL,
	`region` varchar(40) NOT NULL,
	`subregion` varchar(60) NOT NULL,
	`g77` boolean NOT NULL,
	`brics` boolean NOT NULL,
	`notes` text,
	CONSTRAINT `countries_iso2` PRIMARY KEY(`iso2`)
);
--> statement-breakpoint
CREATE TABLE `mechanisms` (
	`code` varchar(32) NOT NULL,
	`name` varchar(200) NOT NULL,
	`kind` varchar(40) NOT NULL,
	`members_note` text,
	`founded` varchar(10),
	CONSTRAINT `mechanisms_code` PRIMARY KEY(`code`)
);
--> statement-breakpoint
CREATE TABLE `sectors` (
	`code` varchar(40) NOT NULL,
	`name` varchar(200) NOT NULL,
	`dac_code` char(5) NOT NULL,
	CONSTRAINT `sectors_code` PRIMARY KEY(`code`)
);
--> statement-breakpoint
CREATE TABLE `transfer_rules` (
	`iso2` char(2) NOT NULL,
	`law` varchar(300) NOT NULL,
	`safeguard_required` boolean NOT NULL,
	`accepted_safeguards` longtext NOT NULL,
	`extra_duties` text,
	`localisation` text,
	`verified` varchar(20) NOT NULL,
	CONSTRAINT `transfer_rules_iso2` PRIMARY KEY(`iso2`)
);
--> statement-breakpoint
CREATE TABLE `email_tokens` (
	`id` varchar(20) NOT NULL,
	`user_id` varchar(20) NOT NULL,
	`purpose` enum('verify_email','reset_password') NOT NULL,
	`token_hash` char(64) NOT NULL,
	`expires_at` datetime(3) NOT NULL,
	`used_at` datetime(3),
	`created_at` datetime(3) NOT NULL,
	CONSTRAINT `email_tokens_id` PRIMARY KEY(`id`),
	CONSTRAINT `email_tokens_hash_uq` UNIQUE(`token_hash`)
);
--> statement-breakpoint
CREATE TABLE `platform_roles` (
	`user_id` varchar(20) NOT NULL,
	`role` enum('reviewer','admin') NOT NULL,
	`granted_by_user_id` varchar(20),
	`created_at` datetime(3) NOT NULL,
	CONSTRAINT `platform_roles_user_id_role_pk` PRIMARY KEY(`user_id`,`role`)
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` varchar(20) NOT NULL,
	`email` varchar(254) NOT NULL,
	`name` varchar(120) NOT NULL,
	`password_hash` varchar(255) NOT NULL,
	`email_verified_at` datetime(3),
	`locale` enum('en','fr','es','ar','zh','ru','pt') NOT NULL DEFAULT 'en',
	`session_version` int NOT NULL DEFAULT 1,
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `users_id` PRIMARY KEY(`id`),
	CONSTRAINT `users_email_uq` UNIQUE(`email`)
);
--> statement-breakpoint
CREATE TABLE `institutions` (
	`id` varchar(20) NOT NULL,
	`name` varchar(200) NOT NULL,
	`acronym` varchar(32),
	`country_code` char(2) NOT NULL,
	`type` enum('university','research_institute','government_agency','company','ngo','intergovernmental_organisation') NOT NULL,
	`website` varchar(255) NOT NULL,
	`email_domains` longtext NOT NULL,
	`description` text NOT NULL,
	`ror_id` varchar(9),
	`status` enum('pending','verified','rejected','suspended') NOT NULL DEFAULT 'pending',
	`status_reason` text,
	`status_changed_at` datetime(3),
	`created_by_user_id` varchar(20) NOT NULL,
	`version` int NOT NULL DEFAULT 1,
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `institutions_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `memberships` (
	`id` varchar(20) NOT NULL,
	`institution_id` varchar(20) NOT NULL,
	`user_id` varchar(20) NOT NULL,
	`status` enum('requested','invited','active','declined','removed') NOT NULL,
	`role` enum('member','owner') NOT NULL DEFAULT 'member',
	`is_signatory` boolean NOT NULL DEFAULT false,
	`message` text,
	`invited_by_user_id` varchar(20),
	`decided_by_user_id` varchar(20),
	`decided_at` datetime(3),
	`live_key` varchar(41) GENERATED ALWAYS AS ((case when status in ('requested','invited','active') then concat(institution_id, ':', user_id) else null end)) STORED,
	`version` int NOT NULL DEFAULT 1,
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `memberships_id` PRIMARY KEY(`id`),
	CONSTRAINT `memberships_live_uq` UNIQUE(`live_key`)
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`occurred_at` datetime(3) NOT NULL,
	`actor_user_id` varchar(20),
	`on_behalf_of_institution_id` varchar(20),
	`action` varchar(64) NOT NULL,
	`object_type` varchar(32) NOT NULL,
	`object_id` varchar(64) NOT NULL,
	`changes` longtext NOT NULL,
	`context` longtext NOT NULL,
	CONSTRAINT `audit_log_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `outbox_emails` (
	`id` varchar(20) NOT NULL,
	`to_address` varchar(254) NOT NULL,
	`subject` varchar(300) NOT NULL,
	`text_body` text NOT NULL,
	`created_at` datetime(3) NOT NULL,
	CONSTRAINT `outbox_emails_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `platform_settings` (
	`key` varchar(64) NOT NULL,
	`value` longtext NOT NULL,
	CONSTRAINT `platform_settings_key` PRIMARY KEY(`key`)
);
--> statement-breakpoint
ALTER TABLE `email_tokens` ADD CONSTRAINT `email_tokens_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `platform_roles` ADD CONSTRAINT `platform_roles_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `platform_roles` ADD CONSTRAINT `platform_roles_granted_by_user_id_users_id_fk` FOREIGN KEY (`granted_by_user_id`) REFERENCES `users`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `institutions` ADD CONSTRAINT `institutions_country_code_countries_iso2_fk` FOREIGN KEY (`country_code`) REFERENCES `countries`(`iso2`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `institutions` ADD CONSTRAINT `institutions_created_by_user_id_users_id_fk` FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `memberships` ADD CONSTRAINT `memberships_institution_id_institutions_id_fk` FOREIGN KEY (`institution_id`) REFERENCES `institutions`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `memberships` ADD CONSTRAINT `memberships_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `memberships` ADD CONSTRAINT `memberships_invited_by_user_id_users_id_fk` FOREIGN KEY (`invited_by_user_id`) REFERENCES `users`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `memberships` ADD CONSTRAINT `memberships_decided_by_user_id_users_id_fk` FOREIGN KEY (`decided_by_user_id`) REFERENCES `users`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX `email_tokens_user_idx` ON `email_tokens` (`user_id`);--> statement-breakpoint
CREATE INDEX `platform_roles_granted_by_idx` ON `platform_roles` (`granted_by_user_id`);--> statement-breakpoint
CREATE INDEX `institutions_country_idx` ON `institutions` (`country_code`);--> statement-breakpoint
CREATE INDEX `institutions_status_type_idx` ON `institutions` (`status`,`type`);--> statement-breakpoint
CREATE INDEX `institutions_created_by_idx` ON `institutions` (`created_by_user_id`);--> statement-breakpoint
CREATE INDEX `institutions_name_idx` ON `institutions` (`name`);--> statement-breakpoint
CREATE INDEX `memberships_institution_idx` ON `memberships` (`institution_id`,`status`);--> statement-breakpoint
CREATE INDEX `memberships_user_idx` ON `memberships` (`user_id`,`status`);--> statement-breakpoint
CREATE INDEX `memberships_invited_by_idx` ON `memberships` (`invited_by_user_id`);--> statement-breakpoint
CREATE INDEX `memberships_decided_by_idx` ON `memberships` (`decided_by_user_id`);--> statement-breakpoint
CREATE INDEX `audit_object_idx` ON `audit_log` (`object_type`,`object_id`);--> statement-breakpoint
CREATE INDEX `audit_actor_idx` ON `audit_log` (`actor_user_id`);--> statement-breakpoint
CREATE INDEX `audit_institution_idx` ON `audit_log` (`on_behalf_of_institution_id`);--> statement-breakpoint
CREATE INDEX `audit_action_idx` ON `audit_log` (`action`);--> statement-breakpoint
CREATE INDEX `audit_occurred_idx` ON `audit_log` (`occurred_at`);--> statement-breakpoint
CREATE INDEX `outbox_to_idx` ON `outbox_emails` (`to_address`,`created_at`);