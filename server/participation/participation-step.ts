// What every transition of a participation shares: the machine, the row, how it is loaded.
import { participations } from "@/db/schema";
import type { Database } from "@/db/client";
import { DomainError } from "../errors";
import { programmeMachine } from "../programmes/transitions";
import { findParticipation } from "./queries";
import { participationMachine } from "./transitions";

export type FoundParticipation = NonNullable<Awaited<ReturnType<typeof findParticipation>>>;
export type ParticipationInput = { participationId: string; version: number };

/** Spread into a `transition({...})` declaration: `...onParticipation<TheInput>()`. */
export const onParticipation = <I extends ParticipationInput>() =>
  ({
    machine: participationMachine,
    table: participations,
    object: "participation",
    load: (db: Database, input: I) => findParticipation(db, input.participationId),
    target: (found: FoundParticipation) => found.participation,
  }) as const;

/** Places are taken and given up only while the programme runs (open or active). */
export function requireRunning(programme: FoundParticipation["programme"], event: string): void {
  if (!programmeMachine.groups.running.includes(programme.status)) {
    throw new DomainError("INVALID_TRANSITION", { machine: "programme", from: programme.status, event });
  }
}

export const participationMoved = ({ target, to, written }: { target: { id: string; version: number }; written: boolean; to: string }) => ({
  participationId: target.id,
  status: to,
  version: written ? target.version + 1 : target.version,
});

/** A reason given with a decision or a departure, or null when blank. */
export const reasonOf = (input: { reason?: string | undefined }) => input.reason?.trim() || null;
