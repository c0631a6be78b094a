ALTER TABLE `email_tokens` MODIFY COLUMN `purpose` enum('verify_email','reset_password','change_email') NOT NULL;--> statement-breakpoint
ALTER TABLE `email_tokens` ADD `new_email` varchar(254);