import { and, eq, inArray } from "drizzle-orm";
import { programmeRevisions } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import type { UseCaseContext } from "../context";
import { notFound } from "../errors";
import { findProgramme, programmeSubject } from "./queries";
import { diffRevisions } from "./revision-diff";

/** A readable diff between two revisions, for the panel, the proposer and admins. */
export async function getRevisionDiff(ctx: UseCaseContext, input: { programmeId: string; from: number; to: number }) {
  const [found, revisions] = await Promise.all([
    findProgramme(ctx.db, input.programmeId),
    ctx.db
      .select({ number: programmeRevisions.number, content: programmeRevisions.content })
      .from(programmeRevisions)
      .where(and(eq(programmeRevisions.programmeId, input.programmeId), inArray(programmeRevisions.number, [input.from, input.to]))),
  ]);
  if (!found) throw notFound("programme");
  assertCan(ctx.viewer, "programme.viewPrivate", programmeSubject(found.programme, found.panel));
  const from = revisions.find((r) => r.number === input.from);
  const to = revisions.find((r) => r.number === input.to);
  if (!from || !to) throw notFound("revision");
  return { from: input.from, to: input.to, fields: diffRevisions(from.content, to.content) };
}
