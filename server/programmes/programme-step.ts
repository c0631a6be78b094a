// What every programme transition shares: the machine, the row, how it is loaded and whose
// permission is checked against it, and whom a change of status is told.
import { programmes } from "@/db/schema";
import type { Database } from "@/db/client";
import { todayUtc } from "../agreements/in-force";
import { DomainError } from "../errors";
import type { Notice } from "../notifications/notices";
import { findProgramme, programmeSubject, type ProgrammeRow } from "./queries";
import { programmeMachine } from "./transitions";

export type FoundProgramme = NonNullable<Awaited<ReturnType<typeof findProgramme>>>;

/** The input of every programme transition: which programme, and the version the actor saw. */
export type ProgrammeInput = { programmeId: string; version: number };

/** Spread into a `transition({...})` declaration: `...onProgramme<TheInput>()`. */
export const onProgramme = <I extends ProgrammeInput>() =>
  ({
    machine: programmeMachine,
    table: programmes,
    object: "programme",
    load: (db: Database, input: I) => findProgramme(db, input.programmeId),
    target: (found: FoundProgramme) => found.programme,
    subject: (found: FoundProgramme) => programmeSubject(found.programme, found.panel),
  }) as const;

/** The result of a programme transition: where it stands now. */
export const programmeMoved = ({ target, to, written }: { target: { id: string; version: number }; written: boolean; to: ProgrammeRow["status"] }) => ({
  programmeId: target.id,
  status: to,
  version: written ? target.version + 1 : target.version,
});

/**
 * A programme changed status: the lead's and co-leads' members are told (link to the proposal)
 * and so are the participating institutions' members (link to their dashboard).
 */
export function statusChangedNotices(p: Pick<ProgrammeRow, "id" | "reference" | "title" | "leadInstitutionId" | "coLeadInstitutionIds">, status: string): Notice[] {
  const params = { reference: p.reference, title: p.title, status };
  const leads = { membersOf: [p.leadInstitutionId, ...p.coLeadInstitutionIds] };
  return [
    { to: leads, kind: "programmeStatusChanged", params, path: `/proposals/${p.id}` },
    { to: { participantsOf: p.id }, except: [leads], kind: "programmeStatusChanged", params, path: "/dashboard" },
  ];
}

/** Whether the programme's start date is still ahead of `today` (a UTC calendar date); a programme without one has none ahead. */
export const startsLater = (p: Pick<ProgrammeRow, "startDate">, today: string): boolean => p.startDate !== null && p.startDate > today;

/**
 * A programme runs from its start date: before it, it may neither start nor complete. "Today" is
 * the UTC calendar date of the kernel's clock (`now` of the step's facts).
 */
export function assertStarted(p: Pick<ProgrammeRow, "id" | "startDate">, now: Date): void {
  if (startsLater(p, todayUtc(now))) throw new DomainError("NOT_STARTED_YET", { startDate: p.startDate! });
}
