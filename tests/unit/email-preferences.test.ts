import { getTableColumns } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { EMAIL_DELIVERY_VALUES, notificationPreferences } from "../../db/schema/notification-preferences";
import { changedGroups, DEFAULT_EMAIL_PREFERENCES, EMAIL_DELIVERIES, GROUP_OF_KIND, NOTIFICATION_GROUPS, PREFERENCE_COLUMN } from "../../server/notifications/email-preferences";
import { NOTIFICATION_KINDS } from "../../server/notifications/kinds";

describe("email preference groups", () => {
  it("put every notification kind in exactly one group, and every group holds a kind", () => {
    expect(Object.keys(GROUP_OF_KIND).sort()).toEqual([...NOTIFICATION_KINDS].sort());
    expect(new Set(Object.values(GROUP_OF_KIND))).toEqual(new Set(NOTIFICATION_GROUPS));
  });

  it("conversations are the discussion messages and mentions", () => {
    expect(NOTIFICATION_KINDS.filter((kind) => GROUP_OF_KIND[kind] === "conversations")).toEqual(["discussionMessage", "discussionMention"]);
  });

  it("name a column of notification_preferences for every group, with the table's list of deliveries", () => {
    const columns = Object.values(getTableColumns(notificationPreferences)).map((column) => column.name);
    for (const group of NOTIFICATION_GROUPS) expect(columns).toContain(PREFERENCE_COLUMN[group]);
    expect([...EMAIL_DELIVERIES]).toEqual([...EMAIL_DELIVERY_VALUES]);
  });

  it("default to today's behaviour: every email at once", () => {
    expect(Object.values(DEFAULT_EMAIL_PREFERENCES)).toEqual(NOTIFICATION_GROUPS.map(() => "immediately"));
  });

  it("record only the groups whose choice changed", () => {
    expect(changedGroups(DEFAULT_EMAIL_PREFERENCES, DEFAULT_EMAIL_PREFERENCES)).toEqual({});
    expect(changedGroups(DEFAULT_EMAIL_PREFERENCES, { ...DEFAULT_EMAIL_PREFERENCES, reports: "off", conversations: "digest" })).toEqual({
      reports: { before: "immediately", after: "off" },
      conversations: { before: "immediately", after: "digest" },
    });
  });
});
