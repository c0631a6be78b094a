// The demo proposals, in the order they are created (so their PRG references follow it),
// covering every state of the review phase. Each proposal is data: its content and the story
// it goes through (the steps of ./script.ts), played through the real use cases by
// scripts/seed/demo-programmes.ts.
import lakeVictoriaFloods from "./lake-victoria-floods.json" with { type: "json" };
import lusophoneNlpLab from "./lusophone-nlp-lab.json" with { type: "json" };
import cropDiseasePilot from "./crop-disease-pilot.json" with { type: "json" };
import andeanDataCommons from "./andean-data-commons.json" with { type: "json" };
import nigerianSpeechDatasets from "./nigerian-speech-datasets.json" with { type: "json" };
import aseanPublicServicesAcademy from "./asean-public-services-academy.json" with { type: "json" };
import banglaHealthTriage from "./bangla-health-triage.json" with { type: "json" };
import pacificClimateFellowships from "./pacific-climate-fellowships.json" with { type: "json" };
import westAfricaAiCurriculum from "./west-africa-ai-curriculum.json" with { type: "json" };
import kiswahiliClinicalNotes from "./kiswahili-clinical-notes.json" with { type: "json" };
import { GENERATED_REJECTED_PROPOSALS, GENERATED_REVISED_PROPOSALS } from "./generated/stories";
import type { DemoProgramme } from "./script";

export type { DemoProgramme } from "./script";

/** JSON widens the literal unions of the vocabulary; the seed's integration test plays every story. */
const asProgramme = (data: unknown) => data as DemoProgramme;

export const DEMO_PROGRAMMES: readonly DemoProgramme[] = [
  lakeVictoriaFloods, // approved at revision 2
  lusophoneNlpLab, // under review at revision 2
  cropDiseasePilot, // under review, one review in
  andeanDataCommons, // changes requested
  nigerianSpeechDatasets, // rejected
  aseanPublicServicesAcademy, // submitted, no panel yet
  banglaHealthTriage, // under review, one reviewer recused
  pacificClimateFellowships, // withdrawn
  westAfricaAiCurriculum, // under review, quorum met, awaiting the chair
  kiswahiliClinicalNotes, // draft
].map(asProgramme).concat(GENERATED_REJECTED_PROPOSALS, GENERATED_REVISED_PROPOSALS);
