// The institutions that lead the generated demo programmes (scripts/seed/demo.ts declares them),
// one per Global South country, with the neighbours their programmes reach, the cooperation
// mechanism that fits their region and their working languages. Plus the themes the generated
// programmes are about. Pure data: ./stories.ts combines them deterministically.
import type { ProgrammeContent } from "../../../../server/programmes/schemas";

export type GeneratedLead = {
  key: string;
  country: string;
  /** English name of the hub country, used in titles (the catalogue shows titles as written). */
  countryName: string;
  spillover: string[];
  mechanism: string;
  languages: string[];
  /** The lead institution's name, as a funding source. */
  funder: string;
};

export const GENERATED_LEADS: readonly GeneratedLead[] = [
  { key: "cairo", country: "EG", countryName: "Egypt", spillover: ["SD", "JO", "TN"], mechanism: "CASCF", languages: ["ar", "en"], funder: "Cairo University" },
  { key: "rabat", country: "MA", countryName: "Morocco", spillover: ["TN", "SN", "MR"], mechanism: "UNOSSC", languages: ["fr", "ar"], funder: "Université Mohammed V de Rabat" },
  { key: "ghana", country: "GH", countryName: "Ghana", spillover: ["NG", "SL", "LR"], mechanism: "FOCAC", languages: ["en"], funder: "University of Ghana" },
  { key: "uct", country: "ZA", countryName: "South Africa", spillover: ["BW", "NA", "ZW"], mechanism: "BRICS", languages: ["en"], funder: "University of Cape Town" },
  { key: "makerere", country: "UG", countryName: "Uganda", spillover: ["KE", "RW", "SS"], mechanism: "FOCAC", languages: ["en", "sw"], funder: "Makerere University" },
  { key: "udsm", country: "TZ", countryName: "Tanzania", spillover: ["KE", "MZ", "MW"], mechanism: "FOCAC", languages: ["sw", "en"], funder: "University of Dar es Salaam" },
  { key: "uba", country: "AR", countryName: "Argentina", spillover: ["UY", "PY", "BO"], mechanism: "CN_CELAC", languages: ["es"], funder: "Universidad de Buenos Aires" },
  { key: "uniandes", country: "CO", countryName: "Colombia", spillover: ["EC", "PE", "PA"], mechanism: "CN_CELAC", languages: ["es", "en"], funder: "Universidad de los Andes" },
  { key: "pucp", country: "PE", countryName: "Peru", spillover: ["BO", "EC", "CL"], mechanism: "CN_CELAC", languages: ["es", "qu"], funder: "Pontificia Universidad Católica del Perú" },
  { key: "uwi", country: "JM", countryName: "Jamaica", spillover: ["TT", "BB", "BS"], mechanism: "UNOSSC", languages: ["en"], funder: "The University of the West Indies" },
  { key: "chula", country: "TH", countryName: "Thailand", spillover: ["LA", "KH", "MM"], mechanism: "LMC", languages: ["th", "en"], funder: "Chulalongkorn University" },
  { key: "vnu", country: "VN", countryName: "Viet Nam", spillover: ["LA", "KH"], mechanism: "CN_ASEAN", languages: ["vi", "en"], funder: "Vietnam National University, Hanoi" },
  { key: "um", country: "MY", countryName: "Malaysia", spillover: ["ID", "BN", "PH"], mechanism: "CN_ASEAN", languages: ["ms", "en"], funder: "Universiti Malaya" },
  { key: "lums", country: "PK", countryName: "Pakistan", spillover: ["LK", "NP", "BD"], mechanism: "SCO", languages: ["ur", "en"], funder: "Lahore University of Management Sciences" },
  { key: "aub", country: "LB", countryName: "Lebanon", spillover: ["JO", "IQ"], mechanism: "CASCF", languages: ["ar", "en"], funder: "American University of Beirut" },
  { key: "upng", country: "PG", countryName: "Papua New Guinea", spillover: ["SB", "VU", "FJ"], mechanism: "CN_PIC", languages: ["en"], funder: "University of Papua New Guinea" },
];

export type GeneratedTheme = {
  title: (country: string) => string;
  summary: (country: string, reach: string) => string;
  /** Markdown, two sections. */
  description: string;
  workingArea: ProgrammeContent["workingArea"];
  format: ProgrammeContent["format"];
  sectors: string[];
  outcome: ProgrammeContent["outcomes"][number];
  budget: number;
};

const description = (what: string, how: string) => `## What the programme does\n\n${what}\n\n## How partners take part\n\n${how}`;

export const GENERATED_THEMES: readonly GeneratedTheme[] = [
  {
    title: (c) => `AI skills bootcamps for civil servants in ${c}`,
    summary: (c, r) => `Six-week bootcamps that teach public servants in ${c} and ${r} to scope, buy and oversee AI systems responsibly.`,
    description: description("Cohorts of thirty civil servants learn the basics of machine learning, procurement of AI systems, and audit of automated decisions.", "Partner ministries send participants and host one module each; trainers from partner universities co-teach."),
    workingArea: "capacity_building", format: "training", sectors: ["public_admin", "ai_skills"],
    outcome: { metric: "people_trained", target: 120, description: "Civil servants trained" }, budget: 180000,
  },
  {
    title: (c) => `Crop-advisory models for smallholder farmers in ${c}`,
    summary: (c, r) => `Field-tested models that turn weather and soil data into planting advice for smallholders in ${c}, shared with extension services in ${r}.`,
    description: description("Agronomists and data scientists build and test advisory models with farmer cooperatives over two seasons.", "Partner extension services collect field data, test the advice with farmers and co-own the models."),
    workingArea: "application", format: "pilot", sectors: ["agriculture", "ai_skills"],
    outcome: { metric: "models_delivered", target: 3, description: "Advisory models delivered" }, budget: 260000,
  },
  {
    title: (c) => `Open health-data standards for ${c} and its neighbours`,
    summary: (c, r) => `Common data standards and de-identification rules so that hospitals in ${c} and ${r} can share data for research safely.`,
    description: description("Health ministries, hospitals and universities agree on data dictionaries, consent rules and de-identification methods.", "Each partner country pilots the standards in two hospitals and reports what had to change."),
    workingArea: "data_governance", format: "standards", sectors: ["health", "statistics_data"],
    outcome: { metric: "institutions_reached", target: 12, description: "Hospitals using the standards" }, budget: 150000,
  },
  {
    title: (c) => `Flood and drought early warning with machine learning in ${c}`,
    summary: (c, r) => `A joint laboratory that improves flood and drought forecasts for ${c} and ${r} with national meteorological services.`,
    description: description("Researchers train forecasting models on satellite, river-gauge and station data and evaluate them against past events.", "Meteorological services of partner countries second staff to the laboratory and run the models operationally."),
    workingArea: "application", format: "joint_lab", sectors: ["disaster_risk", "weather_climate_services"],
    outcome: { metric: "models_delivered", target: 2, description: "Forecasting models in operational use" }, budget: 420000,
  },
  {
    title: (c) => `Graduate scholarships in data science hosted in ${c}`,
    summary: (c, r) => `Two-year master's scholarships in data science in ${c} for students from ${r}, with a research placement at home.`,
    description: description("Scholars follow a master's programme in data science and write a thesis on a problem from their home country.", "Partner universities nominate candidates, co-supervise theses and host the research placements."),
    workingArea: "capacity_building", format: "scholarship", sectors: ["higher_education", "ai_skills"],
    outcome: { metric: "people_trained", target: 20, description: "Scholars graduated" }, budget: 340000,
  },
  {
    title: (c) => `Speech and text datasets for the languages of ${c}`,
    summary: (c, r) => `Openly licensed speech and text collections for under-resourced languages of ${c} and ${r}, gathered with community consent.`,
    description: description("Linguists and engineers record, transcribe and annotate speech and text with speakers who consent and can withdraw.", "Partner universities run collection sites and share ownership of the datasets under an open licence."),
    workingArea: "application", format: "data_infrastructure", sectors: ["language_technology"],
    outcome: { metric: "datasets_delivered", target: 4, description: "Datasets published" }, budget: 230000,
  },
  {
    title: (c) => `Teacher training on AI in the classroom in ${c}`,
    summary: (c, r) => `A blended course that helps secondary-school teachers in ${c} and ${r} use AI tools well and teach how they work.`,
    description: description("Teachers follow a twelve-week blended course with lesson plans, classroom tools and guidance on student privacy.", "Education ministries of partner countries adapt the course and train their own trainers."),
    workingArea: "capacity_building", format: "training", sectors: ["education", "ai_skills"],
    outcome: { metric: "people_trained", target: 400, description: "Teachers trained" }, budget: 160000,
  },
  {
    title: (c) => `Electricity demand forecasting for utilities in ${c}`,
    summary: (c, r) => `Forecasting models that help power utilities in ${c} and ${r} plan for demand and integrate solar and wind.`,
    description: description("Utility engineers and researchers build demand and renewable-output forecasts from smart-meter and weather data.", "Partner utilities contribute anonymised load data and test the forecasts in their control rooms."),
    workingArea: "application", format: "pilot", sectors: ["energy", "digital_infrastructure"],
    outcome: { metric: "models_delivered", target: 2, description: "Forecasting models in use" }, budget: 290000,
  },
  {
    title: (c) => `AI for official statistics: an exchange hosted in ${c}`,
    summary: (c, r) => `Staff exchanges between the statistics offices of ${c} and ${r} on using machine learning for official statistics.`,
    description: description("Statisticians spend three months in a partner office on projects such as classifying survey answers or nowcasting.", "Each partner office hosts visitors and publishes what it learned as open methods notes."),
    workingArea: "capacity_building", format: "knowledge_exchange", sectors: ["statistics_data", "public_admin"],
    outcome: { metric: "institutions_reached", target: 8, description: "Statistics offices taking part" }, budget: 120000,
  },
  {
    title: (c) => `Water-quality monitoring with sensors and AI in ${c}`,
    summary: (c, r) => `Low-cost sensors and anomaly-detection models that warn water utilities in ${c} and ${r} of contamination early.`,
    description: description("Engineers install sensors in distribution networks and train models that flag unusual readings.", "Partner utilities host sensors, share readings and decide how alerts are acted on."),
    workingArea: "application", format: "pilot", sectors: ["water", "climate_environment"],
    outcome: { metric: "datasets_delivered", target: 3, description: "Monitoring datasets published" }, budget: 210000,
  },
  {
    title: (c) => `Responsible-AI and data-protection clinic for start-ups in ${c}`,
    summary: (c, r) => `A clinic where start-ups in ${c} and ${r} get advice on data protection, fairness testing and cross-border data transfers.`,
    description: description("Lawyers and engineers review start-ups' products and help them meet data-protection law and test for bias.", "Partner universities run clinic days in their countries and share case notes."),
    workingArea: "data_governance", format: "knowledge_exchange", sectors: ["sme_trade", "financial_inclusion"],
    outcome: { metric: "institutions_reached", target: 30, description: "Start-ups advised" }, budget: 110000,
  },
  {
    title: (c) => `Urban mobility analytics laboratory in ${c}`,
    summary: (c, r) => `A joint laboratory that helps city governments in ${c} and ${r} plan public transport with open mobility data.`,
    description: description("Researchers and city planners analyse ticketing, GPS and survey data to redesign bus routes and timetables.", "Partner cities share data under a data-sharing protocol and send planners to the laboratory."),
    workingArea: "application", format: "joint_lab", sectors: ["urban", "transport"],
    outcome: { metric: "models_delivered", target: 2, description: "Planning models delivered" }, budget: 380000,
  },
];
