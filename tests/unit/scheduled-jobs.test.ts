// The schedule (vercel.json) and the job registry agree; the in-process scheduler of `npm start`
// reads cron expressions as Vercel does (UTC); the cron secret is compared exactly.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cronMatches, scheduledCrons } from "../../scripts/lib/cron-schedule.mjs";
import { carriesCronSecret } from "../../server/jobs/cron-request";
import { JOBS } from "../../server/jobs/registry";

const at = (iso: string) => new Date(iso);

describe("the schedule", () => {
  it("declares every job of the registry once in vercel.json, and nothing else", () => {
    const crons = scheduledCrons(process.cwd());
    expect(crons.map((c) => c.path).sort()).toEqual(JOBS.map((j) => `/api/cron/${j.name}`).sort());
    for (const cron of crons) expect(() => cronMatches(cron.schedule, new Date())).not.toThrow();
  });

  it("is valid JSON with a crons list (Vercel reads it at deploy time)", () => {
    expect(Array.isArray((JSON.parse(readFileSync("vercel.json", "utf8")) as { crons: unknown }).crons)).toBe(true);
  });

  it("matches cron expressions minute by minute, in UTC", () => {
    expect(cronMatches("*/5 * * * *", at("2026-12-06T23:10:00Z"))).toBe(true);
    expect(cronMatches("*/5 * * * *", at("2026-12-06T23:11:00Z"))).toBe(false);
    expect(cronMatches("15 6 * * *", at("2026-12-06T06:15:30Z"))).toBe(true);
    expect(cronMatches("15 6 * * *", at("2026-12-06T07:15:00Z"))).toBe(false);
    expect(cronMatches("0 9 * * 1-5", at("2026-12-07T09:00:00Z"))).toBe(true); // a Monday
    expect(cronMatches("0 9 * * 1-5", at("2026-12-06T09:00:00Z"))).toBe(false); // a Sunday
    expect(cronMatches("0 0 * * 7", at("2026-12-06T00:00:00Z"))).toBe(true); // 7 is Sunday too
    expect(cronMatches("0,30 * 1 * *", at("2026-12-01T12:30:00Z"))).toBe(true);
    expect(() => cronMatches("* * *", new Date())).toThrow(/five fields/);
  });
});

describe("the cron secret", () => {
  const secret = "s".repeat(40);
  it("accepts exactly `Bearer <secret>`", () => {
    expect(carriesCronSecret(`Bearer ${secret}`, secret)).toBe(true);
  });
  it("refuses anything else, and everything when no secret is configured", () => {
    expect(carriesCronSecret(null, secret)).toBe(false);
    expect(carriesCronSecret(secret, secret)).toBe(false);
    expect(carriesCronSecret(`Bearer ${secret}x`, secret)).toBe(false);
    expect(carriesCronSecret(`bearer ${secret}`, secret)).toBe(false);
    expect(carriesCronSecret("Bearer ", undefined)).toBe(false);
    expect(carriesCronSecret("Bearer undefined", undefined)).toBe(false);
  });
});
