ALTER TABLE `transparency_reports` ADD `audit_head_hash` char(64);--> statement-breakpoint
ALTER TABLE `transparency_reports` ADD `audit_head_entries` bigint unsigned;