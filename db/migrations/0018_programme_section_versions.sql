ALTER TABLE `programmes` ADD `basics_version` int DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `programmes` ADD `scope_version` int DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `programmes` ADD `schedule_version` int DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `programmes` ADD `budget_version` int DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `programmes` ADD `outcomes_version` int DEFAULT 0 NOT NULL;