// @ts-check
// Canonical JSON, the byte form of every log leaf and of every hashed document: object keys sorted
// (by UTF-16 code units), no insignificant whitespace, arrays in their order, `undefined` members
// left out, numbers and strings as JSON.stringify writes them. For the values the log hashes
// (strings, safe integers, booleans, null, arrays, objects) this is the RFC 8785 (JCS) form. It
// is the same algorithm as canonicalJson in server/agreements/content.ts (a test holds them
// equal), written in plain JavaScript so that the offline verifier can use it without a build.
import { createHash } from "node:crypto";

/** @param {unknown} value @returns {string} */
export function canonicalJson(value) {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(/** @type {Record<string, unknown>} */ (value))
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  if (typeof value === "number" && !Number.isFinite(value)) return "null";
  return JSON.stringify(value);
}

/** SHA-256 of a text's UTF-8 bytes, lowercase hex. @param {string} text */
export const sha256Hex = (text) => createHash("sha256").update(text, "utf8").digest("hex");

/**
 * The value as a JSON reader would see it after download (dates become ISO strings, `toJSON` is
 * applied, undefined members disappear): hash what the public receives, not an in-memory object.
 * @param {unknown} value
 */
export const asPublished = (value) => (value === undefined ? null : JSON.parse(JSON.stringify(value)));
