import { currentDump, DUMP_NAMES, dumpVersion, storedDump } from "../open-data/dumps";
import type { Job } from "./job";

/** Rebuilds each stored open-data dump whose public data changed since its last build (nothing otherwise). */
export const regenerateOpenDataJob: Job = {
  name: "regenerate-open-data",
  description: "Rebuilds the stored open-data dumps (programmes JSON/CSV, IATI XML) whose public data changed, so downloads are served as stored files.",
  run: async (db) => {
    const report: Record<string, string> = {};
    for (const name of DUMP_NAMES) {
      const fresh = await storedDump(db, name, await dumpVersion(db, name));
      report[name] = fresh ? "current" : `rebuilt (${(await currentDump(db, name)).bytes} bytes)`;
    }
    return report;
  },
};
