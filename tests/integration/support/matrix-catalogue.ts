// The catalogue rows of the authorization matrix (see support/matrix.ts). The catalogue is public:
// everybody, visitors included, searches it and reads a published programme's page.
import { createProgramme } from "../../factories";
import { all, type WorkflowMatrix } from "./matrix";
import { ofA } from "./world";

export const CATALOGUE_MATRIX: WorkflowMatrix = {
  matrix: {
    "catalogue.search": all("ok"),
    "catalogue.byReference": all("ok"),
  },
  inputs: {
    "catalogue.search": () => ({ q: "applied skills", region: "Africa", sector: "health", status: "open", page: 1 }),
    "catalogue.byReference": async (w) => {
      const programme = await createProgramme(w.db, { ...ofA(w), status: "open", publishedAt: new Date() });
      return { reference: programme.reference };
    },
  },
};
