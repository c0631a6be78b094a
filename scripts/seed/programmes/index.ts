// The demo proposals, in the order they are created (so their PRG references follow it),
// covering every state of the review phase.
import { andeanDataCommons } from "./andean-data-commons";
import { aseanPublicServicesAcademy } from "./asean-public-services-academy";
import { banglaHealthTriage } from "./bangla-health-triage";
import { cropDiseasePilot } from "./crop-disease-pilot";
import { kiswahiliClinicalNotes } from "./kiswahili-clinical-notes";
import { lakeVictoriaFloods } from "./lake-victoria-floods";
import { lusophoneNlpLab } from "./lusophone-nlp-lab";
import { nigerianSpeechDatasets } from "./nigerian-speech-datasets";
import { pacificClimateFellowships } from "./pacific-climate-fellowships";
import type { DemoProgramme } from "./script";
import { westAfricaAiCurriculum } from "./west-africa-ai-curriculum";

export type { DemoProgramme } from "./script";

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
];
