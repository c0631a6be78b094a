// The tamper-evident audit chain. Every entry's `hash` is SHA-256 over the previous entry's
// hash followed by the entry's canonical content; `chain_seq` is its position. The three
// statements below run at the end of every audited atomic write, right after the entry's
// INSERT: the first locks the one head row (so concurrent writers are chained one after the
// other, never forked), the second seals the entry, the third moves the head. The hash is
// computed by the database from the stored bytes, so what is verified is exactly what is stored;
// `entryHash` computes the same value in TypeScript for the verifier.
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { AtomicStep } from "@/db/client";
import { statement } from "../workflow/statement";

/** The hash before the first entry. */
export const GENESIS_HASH = "0".repeat(64);

/** An entry's content as the verifier reads it (text columns exactly as stored). */
export type ChainedContent = {
  id: number;
  occurredAt: string; // 'YYYY-MM-DD HH:MM:SS.ffffff', as DATE_FORMAT(occurred_at, OCCURRED_AT_FORMAT) prints it
  actorUserId: string | null;
  onBehalfOfInstitutionId: string | null;
  action: string;
  objectType: string;
  objectId: string;
  changes: string;
  context: string;
};

export const OCCURRED_AT_FORMAT = "%Y-%m-%d %H:%i:%s.%f";

/**
 * The canonical fields, in order: each is a netstring (`<byte length>:<bytes>,`) or `~` for NULL,
 * so no two different entries can produce the same byte string.
 */
const FIELDS: readonly { column: string; of: (seq: number, e: ChainedContent) => string | null }[] = [
  { column: "h.entries", of: (seq) => String(seq) },
  { column: "a.id", of: (_, e) => String(e.id) },
  { column: `date_format(a.occurred_at, '${OCCURRED_AT_FORMAT}')`, of: (_, e) => e.occurredAt },
  { column: "a.actor_user_id", of: (_, e) => e.actorUserId },
  { column: "a.on_behalf_of_institution_id", of: (_, e) => e.onBehalfOfInstitutionId },
  { column: "a.action", of: (_, e) => e.action },
  { column: "a.object_type", of: (_, e) => e.objectType },
  { column: "a.object_id", of: (_, e) => e.objectId },
  { column: "a.changes", of: (_, e) => e.changes },
  { column: "a.context", of: (_, e) => e.context },
];

const netstringSql = (expr: string) => `ifnull(concat(length(${expr}), ':', ${expr}, ','), '~')`;
const netstring = (value: string | null) => (value === null ? "~" : `${Buffer.byteLength(value, "utf8")}:${value},`);

/** SQL: the hash of entry `a` chained after head `h` (h.entries already counts `a`). */
export const ENTRY_HASH_SQL = `sha2(concat(h.hash, ${FIELDS.map((f) => netstringSql(f.column)).join(", ")}), 256)`;

/** The same hash in TypeScript. */
export function entryHash(prevHash: string, seq: number, entry: ChainedContent): string {
  const hash = createHash("sha256").update(prevHash, "utf8");
  for (const field of FIELDS) hash.update(netstring(field.of(seq, entry)), "utf8");
  return hash.digest("hex");
}

const raw = (text: string) => statement(sql.raw(text));

/**
 * The statements that chain the entry just inserted (LAST_INSERT_ID() — the audit INSERT must be
 * the last auto-increment insert before them). Each must change exactly one row.
 */
export function chainSteps(): AtomicStep[] {
  return [
    { statement: raw("update `audit_chain_head` set `entries` = `entries` + 1 where `id` = 1"), expectRows: 1 },
    {
      statement: raw(
        "update `audit_log` `a` join `audit_chain_head` `h` on `h`.`id` = 1 " +
          `set \`a\`.\`chain_seq\` = \`h\`.\`entries\`, \`a\`.\`prev_hash\` = \`h\`.\`hash\`, \`a\`.\`hash\` = ${ENTRY_HASH_SQL} ` +
          "where `a`.`id` = last_insert_id() and `a`.`hash` is null",
      ),
      expectRows: 1,
    },
    {
      statement: raw("update `audit_chain_head` `h` join `audit_log` `a` on `a`.`id` = last_insert_id() set `h`.`hash` = `a`.`hash` where `h`.`id` = 1"),
      expectRows: 1,
    },
  ];
}
