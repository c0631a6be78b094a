// What every report transition shares: the machine, the row, and the refusal of a published report.
import { transparencyReports } from "@/db/schema";
import { DomainError } from "../errors";
import type { ReportRow } from "./queries";
import { reportMachine } from "./transitions";

/** Spread into a `transition({...})` declaration: `...onReport<TheInput, TheLoaded>(report => …)`. */
export const onReport = <L>(reportOf: (loaded: L) => ReportRow) =>
  ({
    machine: reportMachine,
    table: transparencyReports,
    object: "report",
    target: reportOf,
    subject: () => ({}),
    // A published report never changes: it is named as such rather than as an invalid transition.
    refused: (loaded: L) => new DomainError("REPORT_PUBLISHED", { slug: reportOf(loaded).slug }),
  }) as const;
