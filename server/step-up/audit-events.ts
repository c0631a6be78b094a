import type { Change } from "../audit/changes";

type User = { objectType: "user" };
type Factor = "totp" | "passkey";

/** Second factors: enrolment, confirmation and removal; the platform's signing rule. */
export type StepUpAuditEvents = {
  "user.second_factor_start": User & { changes: object; context: { factor: Factor } };
  "user.second_factor_add": User & { changes: { factor: Change<Factor | null> }; context: { factor: Factor; passkeyId?: string } };
  "user.second_factor_remove": User & { changes: { factor: Change<Factor | null> }; context: { factor: Factor; passkeyId?: string; provedWith: string } };
  "platform.signing_step_up": { objectType: "platform"; changes: { required: Change<boolean> }; context: object };
};
