// A seeded synthetic batch for the matching bench (and for demos): reviewers and proposals with
// realistic skews — a few sectors and large countries dominate, regions follow the Global South
// list, languages follow the countries (Arabic, French, Spanish, Portuguese, Chinese, Russian,
// English most widely read), texts are drawn from per-sector vocabularies with function words of
// the proposal's language. The same seed gives the same batch.
import type { Bid, MatchInput, MatchProposal, MatchReviewer, Period } from "./types";
import { DEFAULT_MATCH_POLICY } from "./types";

export type SyntheticOptions = { reviewers: number; proposals: number; seed: number; countries: readonly { iso2: string; region: string }[]; sectors: readonly string[] };

/** mulberry32: a small, fast, seedable generator of floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LANGUAGE_OF: Record<string, string> = Object.fromEntries<string>([
  ...["DZ", "BH", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE", "PS", "KM"].map((c): [string, string] => [c, "ar"]),
  ...["BJ", "BF", "BI", "CM", "CF", "TD", "CG", "CD", "CI", "GA", "GN", "HT", "MG", "ML", "NE", "SN", "TG"].map((c): [string, string] => [c, "fr"]),
  ...["AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "SV", "GT", "HN", "NI", "PA", "PY", "PE", "UY", "VE", "GQ"].map((c): [string, string] => [c, "es"]),
  ...["BR", "AO", "MZ", "CV", "GW", "ST", "TL"].map((c): [string, string] => [c, "pt"]),
  ...["TJ", "TM", "AZ", "MN"].map((c): [string, string] => [c, "ru"]),
  ["CN", "zh"],
]);
const LANGUAGES = ["en", "fr", "es", "ar", "zh", "ru", "pt"];
const REGION_WEIGHT: Record<string, number> = { Asia: 0.36, Africa: 0.34, Americas: 0.26, Oceania: 0.04 };
const AREAS: [string, number][] = [
  ["capacity_building", 0.5],
  ["application", 0.35],
  ["data_governance", 0.15],
];
const FUNCTION_WORDS: Record<string, string[]> = {
  en: ["programme", "training", "regional", "partners", "open", "local", "network", "pilot"],
  fr: ["programme", "formation", "régional", "partenaires", "ouvert", "local", "réseau", "projet"],
  es: ["programa", "formación", "regional", "socios", "abierto", "local", "red", "proyecto"],
  pt: ["programa", "formação", "regional", "parceiros", "aberto", "local", "rede", "projeto"],
  ar: ["برنامج", "التدريب", "الإقليمي", "الشركاء", "المفتوح", "المحلي", "شبكة", "مشروع"],
  zh: ["项目", "培训", "区域", "合作伙伴", "开放", "本地", "网络", "试点"],
  ru: ["программа", "обучение", "региональный", "партнёры", "открытый", "местный", "сеть", "проект"],
};
/** Technical words are often written in English whatever the language; a few per sector. */
const SECTOR_WORDS = (sector: string) => [sector, ...sector.split("_"), `${sector}-data`, `${sector}-model`, `${sector}-systems`];

export function syntheticBatch(options: SyntheticOptions): MatchInput {
  const rnd = seededRandom(options.seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;
  const weighted = <T>(items: readonly [T, number][]) => {
    let x = rnd() * items.reduce((s, [, w]) => s + w, 0);
    for (const [item, w] of items) if ((x -= w) < 0) return item;
    return items[items.length - 1]![0];
  };
  const some = <T>(n: number, draw: () => T) => {
    const out = new Set<T>();
    for (let tries = 0; out.size < n && tries < n * 20; tries++) out.add(draw());
    return [...out];
  };
  const regionOf = new Map(options.countries.map((c) => [c.iso2, c.region]));
  // Zipf-like weights: within a region the first countries (in a seeded order) are the large ones.
  const countryWeights: [string, number][] = [];
  for (const region of Object.keys(REGION_WEIGHT)) {
    const inRegion = options.countries.filter((c) => c.region === region).map((c) => c.iso2);
    inRegion.sort();
    for (let i = inRegion.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [inRegion[i], inRegion[j]] = [inRegion[j]!, inRegion[i]!];
    }
    const total = inRegion.reduce((s, _, i) => s + 1 / (i + 1), 0);
    inRegion.forEach((c, i) => countryWeights.push([c, (REGION_WEIGHT[region]! * (1 / (i + 1))) / total]));
  }
  const country = () => weighted(countryWeights);
  const countryIn = (region: string) => weighted(countryWeights.filter(([c]) => regionOf.get(c) === region));
  const sectorWeights = options.sectors.map((s, i): [string, number] => [s, 1 / Math.pow(i + 1, 0.8)]);
  const institution = (c: string) => `inst-${c}-${int(0, 2)}`;
  const text = (sectors: readonly string[], language: string) => {
    const words = Array.from({ length: 24 }, () => (rnd() < 0.55 ? pick(SECTOR_WORDS(pick(sectors))) : pick(FUNCTION_WORDS[language] ?? FUNCTION_WORDS.en!)));
    return language === "zh" ? words.join("") : words.join(" ");
  };

  const reviewers: MatchReviewer[] = Array.from({ length: options.reviewers }, (_, i) => {
    const home = country();
    const region = regionOf.get(home)!;
    const local = LANGUAGE_OF[home];
    const languages = [...new Set([...(rnd() < 0.85 || !local ? ["en"] : []), ...(local ? [local] : []), ...(rnd() < 0.15 ? [pick(LANGUAGES)] : [])])];
    const sectors = some(int(2, 4), () => weighted(sectorWeights));
    const unavailable: Period[] = rnd() < 0.08 ? [{ from: "2026-03-10", to: "2026-03-20" }] : rnd() < 0.1 ? [{ from: "2026-06-01", to: "2026-06-30" }] : [];
    return {
      id: `reviewer-${String(i).padStart(4, "0")}`,
      institutionIds: [institution(home)],
      country: home,
      region,
      sectors,
      workingAreas: some(int(1, 2), () => weighted(AREAS)),
      countriesKnown: some(int(0, 3), () => (rnd() < 0.7 ? countryIn(region) : country())),
      regionsKnown: rnd() < 0.3 ? [pick(Object.keys(REGION_WEIGHT))] : [],
      languages,
      capacity: int(20, 34),
      currentLoad: int(0, 4),
      unavailable,
      chairEligible: rnd() < 0.4,
      pastTexts: rnd() < 0.3 ? [] : Array.from({ length: int(2, 8) }, () => text(rnd() < 0.8 ? sectors : [weighted(sectorWeights)], pick(languages))),
    };
  });

  const proposals: MatchProposal[] = Array.from({ length: options.proposals }, (_, i) => {
    const lead = country();
    const region = regionOf.get(lead)!;
    const coLeads = some(int(0, 2), country).filter((c) => c !== lead);
    const sectors = some(int(1, 3), () => weighted(sectorWeights));
    const local = LANGUAGE_OF[lead];
    const languages = local && rnd() < 0.6 ? (rnd() < 0.5 ? [local, "en"] : [local]) : ["en"];
    const body = text(sectors, languages[0]!);
    return {
      id: `proposal-${String(i).padStart(4, "0")}`,
      leadInstitutionId: institution(lead),
      coLeadInstitutionIds: coLeads.map(institution),
      leadCountry: lead,
      partyCountries: [lead, ...coLeads],
      hubCountry: rnd() < 0.7 ? lead : countryIn(region),
      spilloverCountries: some(int(1, 4), () => (rnd() < 0.6 ? countryIn(region) : country())).filter((c) => c !== lead),
      sectors,
      workingArea: weighted(AREAS),
      languages,
      title: body.slice(0, 60),
      summary: body,
    };
  });

  const bids = new Map<string, Map<string, Bid>>();
  for (const reviewer of reviewers) {
    const mine = new Map<string, Bid>();
    for (let k = int(5, 30); k > 0; k--) {
      const proposal = pick(proposals);
      const fits = proposal.sectors.some((s) => reviewer.sectors.includes(s));
      mine.set(proposal.id, rnd() < 0.03 ? "conflict" : fits ? (rnd() < 0.6 ? "eager" : "willing") : rnd() < 0.5 ? "not_qualified" : "willing");
    }
    bids.set(reviewer.id, mine);
  }
  const declaredConflicts = new Map<string, Set<string>>();
  for (let k = Math.round(options.reviewers * options.proposals * 0.002); k > 0; k--) {
    const reviewer = pick(reviewers).id;
    declaredConflicts.set(reviewer, (declaredConflicts.get(reviewer) ?? new Set()).add(pick(proposals).id));
  }
  return {
    reviewers,
    proposals,
    bids,
    declaredConflicts,
    countryRegions: regionOf,
    window: { from: "2026-03-01", to: "2026-03-31" },
    policy: { ...DEFAULT_MATCH_POLICY, excludeLeadCountry: true },
  };
}
