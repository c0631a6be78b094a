// The reports rows of the authorization matrix (see support/matrix.ts).
import type { WorkflowMatrix } from "./matrix";

export const REPORTS_MATRIX: WorkflowMatrix = {
  matrix: {},
  inputs: {},
};
