-- Chains the audit entries written before the chain existed, in the order they were written
-- (by id), with the same canonical content as server/audit/chain.ts (ENTRY_HASH_SQL), and sets
-- the chain head. User variables carry the running hash: the migrator runs a file's statements
-- in one transaction on one connection.
SET @sb_hash := REPEAT('0', 64), @sb_seq := 0;
--> statement-breakpoint
UPDATE `audit_log` SET
  `chain_seq` = (@sb_seq := @sb_seq + 1),
  `prev_hash` = @sb_hash,
  `hash` = (@sb_hash := SHA2(CONCAT(@sb_hash,
    CONCAT(LENGTH(@sb_seq), ':', @sb_seq, ','),
    CONCAT(LENGTH(`id`), ':', `id`, ','),
    IFNULL(CONCAT(LENGTH(DATE_FORMAT(`occurred_at`, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(`occurred_at`, '%Y-%m-%d %H:%i:%s.%f'), ','), '~'),
    IFNULL(CONCAT(LENGTH(`actor_user_id`), ':', `actor_user_id`, ','), '~'),
    IFNULL(CONCAT(LENGTH(`on_behalf_of_institution_id`), ':', `on_behalf_of_institution_id`, ','), '~'),
    IFNULL(CONCAT(LENGTH(`action`), ':', `action`, ','), '~'),
    IFNULL(CONCAT(LENGTH(`object_type`), ':', `object_type`, ','), '~'),
    IFNULL(CONCAT(LENGTH(`object_id`), ':', `object_id`, ','), '~'),
    IFNULL(CONCAT(LENGTH(`changes`), ':', `changes`, ','), '~'),
    IFNULL(CONCAT(LENGTH(`context`), ':', `context`, ','), '~')
  ), 256))
WHERE `hash` IS NULL
ORDER BY `id`;
--> statement-breakpoint
INSERT INTO `audit_chain_head` (`id`, `entries`, `hash`) VALUES (1, @sb_seq, @sb_hash);
