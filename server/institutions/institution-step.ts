// What every institution transition shares: the machine, the row, how it is loaded and whose
// permission is checked against it.
import type { Database } from "@/db/client";
import { institutions } from "@/db/schema";
import { findInstitution } from "./queries";
import { institutionMachine } from "./transitions";

export type FoundInstitution = NonNullable<Awaited<ReturnType<typeof findInstitution>>>;

/** Spread into a `transition({...})` declaration: `...onInstitution<TheInput>()`. */
export const onInstitution = <I extends { institutionId: string; version: number }>() =>
  ({
    machine: institutionMachine,
    table: institutions,
    object: "institution",
    load: (db: Database, input: I) => findInstitution(db, input.institutionId),
    target: (found: FoundInstitution) => found.institution,
    subject: (found: FoundInstitution) => ({ institutionId: found.institution.id }),
  }) as const;
