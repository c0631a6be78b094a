// "Closing soon": an open programme whose application deadline is today or within the next 14 days.

export const CLOSING_SOON_DAYS = 14;

/** `today` and `deadline` are ISO calendar days (YYYY-MM-DD, UTC). */
export function closesSoon(item: { status: string; applicationDeadline: string | null }, today: string): boolean {
  if (item.status !== "open" || !item.applicationDeadline || item.applicationDeadline < today) return false;
  const last = new Date(`${today}T00:00:00Z`);
  last.setUTCDate(last.getUTCDate() + CLOSING_SOON_DAYS);
  return item.applicationDeadline <= last.toISOString().slice(0, 10);
}
