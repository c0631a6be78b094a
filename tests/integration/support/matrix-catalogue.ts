// The catalogue rows of the authorization matrix (see support/matrix.ts).
import type { WorkflowMatrix } from "./matrix";

export const CATALOGUE_MATRIX: WorkflowMatrix = {
  matrix: {},
  inputs: {},
};
