// A co-authored demo draft (issue #16): the University of Nairobi leads it with the Universidade de
// São Paulo as co-lead; the lead's owner writes it and USP's member (coauthor@demo…) co-authors
// its sections, through the real use cases. Idempotent: skipped when the draft exists.
import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/client";
import { programmes, users } from "../../db/schema";
import { loadViewer } from "../../server/auth/load-viewer";
import { saveSection } from "../../server/coauthoring/save-section";
import type { UseCaseContext } from "../../server/context";
import { createProgramme } from "../../server/programmes/create-programme";
import { DEMO_EMAIL_DOMAIN, demoId } from "./demo";

const META = { ip: null, userAgent: "demo-seed", locale: "en" };
export const COAUTHORED_TITLE = "Joint course on AI for public health surveillance";

export async function seedDemoCoauthoring(db: Database): Promise<{ summary: string }> {
  const lead = demoId("institution:nairobi");
  const coLead = demoId("institution:usp");
  const emails = [`owner@${DEMO_EMAIL_DOMAIN}`, `coauthor@${DEMO_EMAIL_DOMAIN}`];
  const [existing, people] = await Promise.all([
    db.select({ id: programmes.id }).from(programmes).where(and(eq(programmes.title, COAUTHORED_TITLE), eq(programmes.leadInstitutionId, lead))).limit(1),
    db.select({ id: users.id, email: users.email, sessionVersion: users.sessionVersion }).from(users).where(inArray(users.email, emails)),
  ]);
  if (existing.length > 0) return { summary: "" };
  const ctxOf = async (email: string): Promise<UseCaseContext> => {
    const person = people.find((p) => p.email === email);
    const viewer = person && (await loadViewer(db, person.id, person.sessionVersion));
    if (!viewer) throw new Error(`demo co-authoring: no viewer for ${email}`);
    return { db, viewer, meta: META, defer: () => {} };
  };
  const [asOwner, asCoauthor] = [await ctxOf(emails[0]!), await ctxOf(emails[1]!)];
  const created = await createProgramme(asOwner, {
    leadInstitutionId: lead,
    title: COAUTHORED_TITLE,
    summary: "A twelve-week course, taught in Nairobi and São Paulo, on machine learning for disease surveillance.",
    coLeadInstitutionIds: [coLead],
    workingArea: "capacity_building",
    format: "training",
  });
  await saveSection(asCoauthor, {
    programmeId: created.programmeId,
    section: "basics",
    version: 0,
    values: {
      summary: "A twelve-week course, taught in Nairobi and São Paulo, on machine learning for disease surveillance, with a shared syllabus in English and Portuguese.",
      description:
        "## Why\nHealth ministries in East Africa and Brazil collect syndromic data that few analysts can model.\n\n## What\nTwo cohorts of 20 epidemiologists learn time-series forecasting and outbreak detection on open data.",
    },
  });
  await saveSection(asCoauthor, { programmeId: created.programmeId, section: "scope", version: 0, values: { sectors: ["health"], hubCountry: "KE", spilloverCountries: ["BR", "UG", "TZ"], languages: ["en", "pt"] } });
  return { summary: "1 co-authored draft" };
}
