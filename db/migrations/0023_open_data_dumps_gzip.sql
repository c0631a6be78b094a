DELETE FROM `open_data_dump_chunks`;--> statement-breakpoint
DELETE FROM `open_data_dumps`;--> statement-breakpoint
ALTER TABLE `open_data_dump_chunks` MODIFY COLUMN `body` mediumblob NOT NULL;--> statement-breakpoint
ALTER TABLE `open_data_dumps` ADD `stored_bytes` int DEFAULT 0 NOT NULL;
