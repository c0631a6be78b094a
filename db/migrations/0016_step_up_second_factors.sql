CREATE TABLE `user_passkeys` (
	`id` varchar(20) NOT NULL,
	`user_id` varchar(20) NOT NULL,
	`credential_id` varchar(512) NOT NULL,
	`public_key` text NOT NULL,
	`counter` int unsigned NOT NULL DEFAULT 0,
	`transports` longtext NOT NULL,
	`created_at` datetime(3) NOT NULL,
	CONSTRAINT `user_passkeys_id` PRIMARY KEY(`id`),
	CONSTRAINT `user_passkeys_credential_uq` UNIQUE(`credential_id`)
);
--> statement-breakpoint
CREATE TABLE `user_recovery_codes` (
	`id` varchar(20) NOT NULL,
	`user_id` varchar(20) NOT NULL,
	`code_hash` char(64) NOT NULL,
	`used_at` datetime(3),
	`created_at` datetime(3) NOT NULL,
	CONSTRAINT `user_recovery_codes_id` PRIMARY KEY(`id`),
	CONSTRAINT `user_recovery_codes_hash_uq` UNIQUE(`user_id`,`code_hash`)
);
--> statement-breakpoint
CREATE TABLE `user_totp` (
	`user_id` varchar(20) NOT NULL,
	`secret_sealed` varchar(255) NOT NULL,
	`confirmed_at` datetime(3),
	`last_step` int,
	`created_at` datetime(3) NOT NULL,
	CONSTRAINT `user_totp_user_id` PRIMARY KEY(`user_id`)
);
--> statement-breakpoint
CREATE TABLE `webauthn_challenges` (
	`id` varchar(20) NOT NULL,
	`user_id` varchar(20) NOT NULL,
	`purpose` enum('register','sign') NOT NULL,
	`challenge` varchar(128) NOT NULL,
	`expires_at` datetime(3) NOT NULL,
	`used_at` datetime(3),
	`created_at` datetime(3) NOT NULL,
	CONSTRAINT `webauthn_challenges_id` PRIMARY KEY(`id`),
	CONSTRAINT `webauthn_challenges_challenge_uq` UNIQUE(`user_id`,`challenge`)
);
--> statement-breakpoint
ALTER TABLE `agreement_signatures` ADD `second_factor` enum('totp','recovery_code','passkey','none') DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE `user_passkeys` ADD CONSTRAINT `user_passkeys_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `user_recovery_codes` ADD CONSTRAINT `user_recovery_codes_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `user_totp` ADD CONSTRAINT `user_totp_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `webauthn_challenges` ADD CONSTRAINT `webauthn_challenges_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX `user_passkeys_user_idx` ON `user_passkeys` (`user_id`);--> statement-breakpoint
CREATE INDEX `user_recovery_codes_user_idx` ON `user_recovery_codes` (`user_id`);--> statement-breakpoint
CREATE INDEX `webauthn_challenges_user_idx` ON `webauthn_challenges` (`user_id`);