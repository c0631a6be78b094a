// The demo programmes after approval, covering every programme state after approval (approved,
// open, active, completed with an outcome report, cancelled), flagships, and applications in
// every participation state (pending, accepted, declined, withdrawn, left). Three OPEN
// programmes share data and have accepted participants (the agreements seed attaches to them);
// the first is an open flagship in Sub-Saharan Africa with few places.
import { maternalHealthEarlyWarning } from "./maternal-health-early-warning";
import { sahelClimateFellowships } from "./sahel-climate-fellowships";
import { andeanTransportForecasting } from "./andean-transport-forecasting";
import { southAsianSpeechCorpus } from "./south-asian-speech-corpus";
import { aseanAnalyticsAcademy } from "./asean-analytics-academy";
import { pacificResilienceTraining } from "./pacific-resilience-training";
import { yorubaHausaChatbots } from "./yoruba-hausa-chatbots";
import { ruralTeachingAssistants } from "./rural-teaching-assistants";
import type { LifecycleStory } from "./script";

export const LIFECYCLE_STORIES: readonly LifecycleStory[] = [
  maternalHealthEarlyWarning,
  sahelClimateFellowships,
  andeanTransportForecasting,
  southAsianSpeechCorpus,
  aseanAnalyticsAcademy,
  pacificResilienceTraining,
  yorubaHausaChatbots,
  ruralTeachingAssistants,
];
