// The schedule of vercel.json ("crons"), run in-process by `npm start` (self-hosted): every
// minute, each job whose expression matches the minute (UTC, as Vercel Cron) is called through
// the same route Vercel calls, /api/cron/<job>, with the same bearer secret.
import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The crons of vercel.json.
 * @param {string} root
 * @returns {{ path: string; schedule: string }[]}
 */
export function scheduledCrons(root) {
  const config = JSON.parse(readFileSync(path.join(root, "vercel.json"), "utf8"));
  return config.crons ?? [];
}

const RANGES = [
  [0, 59], // minute
  [0, 23], // hour
  [1, 31], // day of month
  [1, 12], // month
  [0, 6], // day of week (0 = Sunday; 7 also means Sunday)
];

/** Whether one field of a cron expression ("*", "5", "1-5", "*\/15", "1,15,30") allows `value`. */
function fieldMatches(field, value, [min, max]) {
  return field.split(",").some((part) => {
    const [range, stepText] = part.split("/");
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw new Error(`cron: bad step in "${part}"`);
    let [from, to] = [min, max];
    if (range !== "*") {
      const [a, b] = range.split("-").map(Number);
      if (!Number.isInteger(a) || (b !== undefined && !Number.isInteger(b))) throw new Error(`cron: bad field "${part}"`);
      from = a;
      to = b ?? (stepText === undefined ? a : max);
    }
    return value >= from && value <= to && (value - from) % step === 0;
  });
}

/**
 * Whether a five-field cron expression matches the minute of `date` (UTC).
 * @param {string} expression
 * @param {Date} date
 * @returns {boolean}
 */
export function cronMatches(expression, date) {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5) throw new Error(`cron: "${expression}" must have five fields`);
  const values = [date.getUTCMinutes(), date.getUTCHours(), date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCDay()];
  const [minute, hour, dom, month, dow] = fields;
  const dayOfWeek = (field) => fieldMatches(field, values[4], RANGES[4]) || (values[4] === 0 && fieldMatches(field, 7, [0, 7]));
  // As in cron: when both day fields are restricted, either may match.
  const days = dom !== "*" && dow !== "*" ? fieldMatches(dom, values[2], RANGES[2]) || dayOfWeek(dow) : fieldMatches(dom, values[2], RANGES[2]) && dayOfWeek(dow);
  return fieldMatches(minute, values[0], RANGES[0]) && fieldMatches(hour, values[1], RANGES[1]) && fieldMatches(month, values[3], RANGES[3]) && days;
}

/**
 * Calls each cron's route when its schedule matches, checking at the start of every minute.
 * Returns a function that stops the scheduler.
 */
export function startScheduler({ base, secret, crons, log = console.log }) {
  let timer;
  const tick = async () => {
    const now = new Date();
    for (const cron of crons.filter((c) => cronMatches(c.schedule, now))) {
      try {
        const response = await fetch(new URL(cron.path, base), { headers: { authorization: `Bearer ${secret}` }, signal: AbortSignal.timeout(120_000) });
        log(`cron ${cron.path}: ${response.status} ${await response.text()}`);
      } catch (error) {
        log(`cron ${cron.path} failed: ${error.message}`);
      }
    }
  };
  const schedule = () => {
    timer = setTimeout(() => {
      void tick();
      schedule();
    }, 60_000 - (Date.now() % 60_000) + 50);
  };
  schedule();
  return () => clearTimeout(timer);
}
