import { NOTIFICATION_KINDS } from "@/server/notifications/kinds";

/** Every parameter a notification text may use, empty unless the notification carries it. */
const EMPTY = { reference: "", title: "", institution: "", revision: "", role: "" };

/** The catalogue key and values of a notification's text ("kinds.other" for a kind this version does not know). */
export function notificationMessage(kind: string, params: Record<string, string>) {
  const known = (NOTIFICATION_KINDS as readonly string[]).includes(kind);
  return { key: known ? `kinds.${kind}` : "kinds.other", values: { ...EMPTY, ...params } };
}
