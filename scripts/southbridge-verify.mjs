#!/usr/bin/env node
// southbridge-verify — checks a downloaded Southbridge agreement record or transparency report
// against the platform's public transparency log, without trusting the platform. How to use it:
// docs/TRANSPARENCY-LOG.md ("Checking a document yourself"). Exit code 0: verified; 1: a check
// failed; 2: the command was used wrongly or the file could not be read.
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { verifyDocument } from "../server/transparency-log/offline-verifier.mjs";

const USAGE = `Usage: npx southbridge-verify <agreement.json | report.json> [options]

Checks that the document's content is what was signed or published, that it is recorded in
the platform's public transparency log (RFC 9162 Merkle tree), and that the log's signed head
is authentic. Only the log's key, head and proofs are fetched from the server.

Options:
  --server <url>      the platform's address, e.g. https://southbridge.example
                      (default: the address written in the document)
  --key <file>        the log's public key (JWK) that you obtained independently; without it,
                      the key is fetched from <server>/.well-known/southbridge-log-key
  --since <file>      a tree head saved earlier (with --save-head): the log must only have
                      grown since then (may be repeated)
  --save-head <file>  save the current signed tree head, to pass with --since next time
  -h, --help          show this help`;

/** @param {string} message */
function usageError(message) {
  process.stderr.write(`southbridge-verify: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

/** @param {string} file @param {string} what */
function readJson(file, what) {
  try {
    return JSON.parse(readFileSync(file === "-" ? 0 : file, "utf8"));
  } catch (error) {
    return usageError(`cannot read ${what} ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      server: { type: "string" },
      key: { type: "string" },
      since: { type: "string", multiple: true },
      "save-head": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
} catch (error) {
  usageError(error instanceof Error ? error.message : String(error));
}
const { values, positionals } = /** @type {NonNullable<typeof parsed>} */ (parsed);
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (positionals.length !== 1) usageError("give exactly one document to check");
const file = /** @type {string} */ (positionals[0]);

const result = await verifyDocument(readJson(file, "the document"), {
  server: values.server,
  key: values.key === undefined ? undefined : readJson(values.key, "the key"),
  earlierHeads: (values.since ?? []).map((path) => ({ label: `the head saved in ${path}`, head: readJson(path, "the saved head") })),
});

const mark = (/** @type {boolean | null} */ ok) => (ok === true ? "  ok    " : ok === false ? "  FAIL  " : "  note  ");
process.stdout.write(`Southbridge verifier — ${file}\n`);
for (const line of result.lines) process.stdout.write(`${mark(line.ok)}${line.text}\n`);
const failed = result.lines.filter((l) => l.ok === false).length;
process.stdout.write(
  result.verified
    ? "VERDICT: VERIFIED — the document is what was signed or published, and it is in the public log.\n"
    : `VERDICT: NOT VERIFIED — ${failed || "a"} check${failed === 1 ? "" : "s"} failed (see FAIL above).\n`,
);
if (values["save-head"] && result.head && result.verified) {
  writeFileSync(values["save-head"], `${JSON.stringify(result.head, null, 2)}\n`);
  process.stdout.write(`Saved the current tree head to ${values["save-head"]}: pass it with --since next time.\n`);
} else if (values["save-head"]) {
  process.stdout.write(`Did not save a tree head: only a fully verified one is worth keeping.\n`);
}
process.exit(result.verified ? 0 : 1);
