// The demo programmes after approval, covering every programme state after approval (approved,
// open, active, completed with an outcome report, cancelled), flagships, and applications in
// every participation state (pending, accepted, declined, withdrawn, left). Three OPEN
// programmes share data and have accepted participants (the agreements seed attaches to them);
// the first is an open flagship in Sub-Saharan Africa with few places.
// Each story is data (./script.ts says what it holds).
import maternalHealthEarlyWarning from "./maternal-health-early-warning.json" with { type: "json" };
import sahelClimateFellowships from "./sahel-climate-fellowships.json" with { type: "json" };
import andeanTransportForecasting from "./andean-transport-forecasting.json" with { type: "json" };
import southAsianSpeechCorpus from "./south-asian-speech-corpus.json" with { type: "json" };
import aseanAnalyticsAcademy from "./asean-analytics-academy.json" with { type: "json" };
import pacificResilienceTraining from "./pacific-resilience-training.json" with { type: "json" };
import yorubaHausaChatbots from "./yoruba-hausa-chatbots.json" with { type: "json" };
import ruralTeachingAssistants from "./rural-teaching-assistants.json" with { type: "json" };
import { GENERATED_LIFECYCLE_STORIES } from "../generated/stories";
import type { LifecycleStory } from "./script";

/** JSON widens the literal unions of the vocabulary; the lifecycle seed's integration test plays every story. */
const asStory = (data: unknown) => data as LifecycleStory;

export const LIFECYCLE_STORIES: readonly LifecycleStory[] = [
  maternalHealthEarlyWarning,
  sahelClimateFellowships,
  andeanTransportForecasting,
  southAsianSpeechCorpus,
  aseanAnalyticsAcademy,
  pacificResilienceTraining,
  yorubaHausaChatbots,
  ruralTeachingAssistants,
].map(asStory).concat(GENERATED_LIFECYCLE_STORIES);
