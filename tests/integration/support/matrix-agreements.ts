// The agreements rows of the authorization matrix (see support/matrix.ts).
import type { WorkflowMatrix } from "./matrix";

export const AGREEMENTS_MATRIX: WorkflowMatrix = {
  matrix: {},
  inputs: {},
};
