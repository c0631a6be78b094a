export { uniqueSuffix } from "./unique";
export { createUser, grantPlatformRole, passwordHashFor, DEFAULT_TEST_PASSWORD } from "./users";
export type { User, UserOverrides } from "./users";
export { createInstitution, addMembership } from "./institutions";
export type { Institution, InstitutionOverrides, Membership, MembershipInput } from "./institutions";
