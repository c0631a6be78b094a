CREATE TABLE `message_revisions` (
	`id` varchar(20) NOT NULL,
	`message_id` varchar(20) NOT NULL,
	`revision` int NOT NULL,
	`body` text NOT NULL,
	`created_at` datetime(3) NOT NULL,
	CONSTRAINT `message_revisions_id` PRIMARY KEY(`id`),
	CONSTRAINT `message_revisions_uq` UNIQUE(`message_id`,`revision`)
);
--> statement-breakpoint
CREATE TABLE `messages` (
	`id` varchar(20) NOT NULL,
	`thread_id` varchar(20) NOT NULL,
	`parent_id` varchar(20),
	`author_user_id` varchar(20) NOT NULL,
	`author_institution_id` varchar(20),
	`author_role` enum('party','reviewer','chair','admin','asker') NOT NULL,
	`body` text NOT NULL,
	`status` enum('visible','hidden') NOT NULL DEFAULT 'visible',
	`hidden_reason` varchar(500),
	`created_at` datetime(3) NOT NULL,
	`edited_at` datetime(3),
	`version` int NOT NULL DEFAULT 1,
	CONSTRAINT `messages_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `thread_followers` (
	`thread_id` varchar(20) NOT NULL,
	`user_id` varchar(20) NOT NULL,
	`created_at` datetime(3) NOT NULL,
	CONSTRAINT `thread_followers_thread_id_user_id_pk` PRIMARY KEY(`thread_id`,`user_id`)
);
--> statement-breakpoint
CREATE TABLE `threads` (
	`id` varchar(20) NOT NULL,
	`programme_id` varchar(20) NOT NULL,
	`agreement_id` varchar(20),
	`clause` varchar(40),
	`audience` enum('parties','parties_and_reviewers','panel','clause','public') NOT NULL,
	`subject` varchar(200) NOT NULL,
	`created_by_user_id` varchar(20) NOT NULL,
	`created_at` datetime(3) NOT NULL,
	`last_message_at` datetime(3) NOT NULL,
	`version` int NOT NULL DEFAULT 1,
	CONSTRAINT `threads_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
ALTER TABLE `message_revisions` ADD CONSTRAINT `message_revisions_message_id_messages_id_fk` FOREIGN KEY (`message_id`) REFERENCES `messages`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `messages` ADD CONSTRAINT `messages_thread_id_threads_id_fk` FOREIGN KEY (`thread_id`) REFERENCES `threads`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `messages` ADD CONSTRAINT `messages_author_user_id_users_id_fk` FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `messages` ADD CONSTRAINT `messages_author_institution_id_institutions_id_fk` FOREIGN KEY (`author_institution_id`) REFERENCES `institutions`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `thread_followers` ADD CONSTRAINT `thread_followers_thread_id_threads_id_fk` FOREIGN KEY (`thread_id`) REFERENCES `threads`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `thread_followers` ADD CONSTRAINT `thread_followers_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `threads` ADD CONSTRAINT `threads_programme_id_programmes_id_fk` FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `threads` ADD CONSTRAINT `threads_agreement_id_agreements_id_fk` FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `threads` ADD CONSTRAINT `threads_created_by_user_id_users_id_fk` FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX `messages_thread_idx` ON `messages` (`thread_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `messages_parent_idx` ON `messages` (`parent_id`);--> statement-breakpoint
CREATE INDEX `messages_author_idx` ON `messages` (`author_user_id`);--> statement-breakpoint
CREATE INDEX `thread_followers_user_idx` ON `thread_followers` (`user_id`);--> statement-breakpoint
CREATE INDEX `threads_programme_idx` ON `threads` (`programme_id`,`audience`,`last_message_at`);--> statement-breakpoint
CREATE INDEX `threads_agreement_idx` ON `threads` (`agreement_id`,`clause`);--> statement-breakpoint
CREATE INDEX `threads_created_by_idx` ON `threads` (`created_by_user_id`);