ALTER TABLE `agreements` ADD `expiry_warned_at` datetime(3);--> statement-breakpoint
-- Agreements already warned when their page was read (before the job) are not warned again.
UPDATE `agreements` a SET `expiry_warned_at` = (SELECT MIN(n.`created_at`) FROM `notifications` n WHERE n.`kind` = 'agreementExpiring' AND n.`path` = CONCAT('/agreements/', a.`id`)) WHERE a.`expiry_warned_at` IS NULL;
