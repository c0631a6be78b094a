// The participation rows of the authorization matrix (see support/matrix.ts).
import type { WorkflowMatrix } from "./matrix";

export const PARTICIPATION_MATRIX: WorkflowMatrix = {
  matrix: {},
  inputs: {},
};
