import { mysqlTable, varchar } from "drizzle-orm/mysql-core";
import { jsonText } from "../columns";

/** Small key/value facts about this installation, e.g. whether demo data is loaded. */
export const platformSettings = mysqlTable("platform_settings", {
  key: varchar("key", { length: 64 }).primaryKey(),
  value: jsonText<unknown>("value").notNull(),
});
