CREATE TABLE `open_data_dump_chunks` (
	`build_id` char(32) NOT NULL,
	`seq` int NOT NULL,
	`body` mediumtext NOT NULL,
	`created_at` datetime(3) NOT NULL,
	CONSTRAINT `open_data_dump_chunks_build_id_seq_pk` PRIMARY KEY(`build_id`,`seq`)
);
--> statement-breakpoint
CREATE TABLE `open_data_dumps` (
	`name` varchar(40) NOT NULL,
	`version` char(64) NOT NULL,
	`build_id` char(32) NOT NULL,
	`chunks` int NOT NULL,
	`bytes` int NOT NULL,
	`generated_at` datetime(3) NOT NULL,
	CONSTRAINT `open_data_dumps_name_version_pk` PRIMARY KEY(`name`,`version`)
);
--> statement-breakpoint
CREATE INDEX `open_data_dump_chunks_created_idx` ON `open_data_dump_chunks` (`created_at`);--> statement-breakpoint
CREATE INDEX `open_data_dumps_generated_idx` ON `open_data_dumps` (`name`,`generated_at`);