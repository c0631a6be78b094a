-- The transparency log's lock row: every append locks it FOR UPDATE (server/transparency-log/append-leaf.ts).
-- Without it an append inserts nothing and its atomic write is refused.
INSERT INTO `transparency_log_lock` (`id`, `origin`) VALUES (1, 0);
