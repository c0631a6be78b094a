export { uniqueSuffix } from "./unique";
export { createUser, grantPlatformRole, passwordHashFor, DEFAULT_TEST_PASSWORD } from "./users";
export type { User, UserOverrides } from "./users";
export { createInstitution, addMembership } from "./institutions";
export type { Institution, InstitutionOverrides, Membership, MembershipInput } from "./institutions";
export {
  addDecision,
  addPanel,
  addPanels,
  addReview,
  addReviews,
  ALL_FOURS,
  completeContent,
  createAdmin,
  createProgramme,
  createProgrammes,
  createReviewer,
  STARTED_DATES,
} from "./programmes";
export type { Assignment, PanelInput, Programme, ProgrammeOverrides, Review, ReviewInput } from "./programmes";
