import { describe, expect, it } from "vitest";
import { affinityPoints, bidPoints, profileOverlap } from "../../server/reviews/matching/affinity";
import { exclusionOf, unavailableDuring } from "../../server/reviews/matching/eligibility";
import { scoreMatrix } from "../../server/reviews/matching/score-matrix";
import { bestTextSimilarities, buildTextModel, cosine, vectorize } from "../../server/reviews/matching/text-similarity";
import { tokenize } from "../../server/reviews/matching/tokenize";
import { DEFAULT_MATCH_POLICY, type MatchInput, type MatchProposal, type MatchReviewer } from "../../server/reviews/matching/types";
import { matchReviewer } from "./support/match-reviewer";

const REGIONS = new Map([
  ["KE", "Africa"],
  ["NG", "Africa"],
  ["IN", "Asia"],
  ["CN", "Asia"],
  ["BR", "Americas"],
]);

function reviewer(facts: Partial<MatchReviewer> = {}): MatchReviewer {
  return matchReviewer({ id: "r", institutionIds: ["elsewhere"], country: "BR", region: "Americas", chairEligible: true, ...facts });
}

function proposal(facts: Partial<MatchProposal> = {}): MatchProposal {
  return {
    id: "p",
    leadInstitutionId: "lead",
    coLeadInstitutionIds: ["co-lead"],
    leadCountry: "KE",
    partyCountries: ["KE", "IN"],
    hubCountry: null,
    spilloverCountries: [],
    sectors: [],
    workingArea: null,
    languages: [],
    title: "",
    summary: "",
    ...facts,
  };
}

function input(facts: Partial<MatchInput> = {}): MatchInput {
  return { reviewers: [], proposals: [], bids: new Map(), declaredConflicts: new Map(), countryRegions: REGIONS, window: { from: "2026-03-01", to: "2026-03-31" }, policy: DEFAULT_MATCH_POLICY, ...facts };
}

describe("the tokenizer", () => {
  it("lower-cases Latin text, removes accents, function words, numbers and a plural s", () => {
    expect(tokenize("Les Modèles d'IA pour la Santé publique en 2026: models and datasets")).toEqual(["modele", "ia", "sante", "publique", "model", "dataset"]);
  });

  it("keeps Cyrillic words, folding ё into е", () => {
    expect(tokenize("Обучение моделей для здравоохранения: всё")).toEqual(["обучение", "моделеи", "здравоохранения", "все"]);
  });

  it("normalises Arabic: the article and its clitics, diacritics, alef forms, taa marbuta", () => {
    expect(tokenize("الصحة")).toEqual(tokenize("صحة"));
    expect(tokenize("والصحة بالذكاء الاصطناعي في إفريقيا")).toEqual(["صحه", "ذكاء", "اصطناعي", "افريقيا"]);
    expect(tokenize("تَعْلِيم")).toEqual(tokenize("تعليم"));
  });

  it("cuts Chinese into overlapping character bigrams, with no spaces needed", () => {
    expect(tokenize("人工智能")).toEqual(["人工", "工智", "智能"]);
    expect(tokenize("农业 AI技术")).toEqual(["农业", "ai", "技术"]);
    expect(tokenize("水")).toEqual(["水"]);
  });

  it("reads full-width forms as plain letters", () => {
    expect(tokenize("ＡＩ　ｔｒａｉｎｉｎｇ")).toEqual(["ai", "training"]);
  });
});

describe("TF-IDF text similarity", () => {
  const similarity = (a: string, b: string, corpus: string[] = []) => {
    const model = buildTextModel([a, b, ...corpus].map(tokenize));
    return cosine(vectorize(model, tokenize(a)), vectorize(model, tokenize(b)));
  };

  it("is 1 for the same text and 0 for texts with no term in common", () => {
    expect(similarity("crop yield prediction", "crop yield prediction")).toBeCloseTo(1, 12);
    expect(similarity("crop yield prediction", "maternal health clinics")).toBe(0);
  });

  it("ranks a closer Chinese text above a further one", () => {
    const corpus = ["医疗 诊断 模型", "教育 培训 教师"];
    expect(similarity("农业人工智能模型", "农业数据模型", corpus)).toBeGreaterThan(similarity("农业人工智能模型", "医疗诊断", corpus));
  });

  it("matches Arabic texts whatever the article and the letter forms", () => {
    expect(similarity("الصحة العامة", "صحة عامة")).toBeCloseTo(1, 12);
  });

  it("weighs rare shared terms above common ones", () => {
    const corpus = ["programme training", "programme network", "programme open"];
    expect(similarity("programme drought", "drought forecasting", corpus)).toBeGreaterThan(similarity("programme drought", "programme forecasting", corpus));
  });

  it("takes, for each reviewer, the best match among their past texts, and 0 without any", () => {
    const sims = bestTextSimilarities(["solar grid forecasting"], [["maternal health", "solar grid forecasting"], ["maternal health"], []]);
    expect(sims[0]).toBeCloseTo(1, 12);
    expect(sims[1]).toBe(0);
    expect(sims[2]).toBe(0);
  });
});

describe("the profile overlap", () => {
  it("scores the share of the proposal's sectors the reviewer knows, the working area and a language they read", () => {
    const overlap = profileOverlap(
      reviewer({ sectors: ["health", "energy"], workingAreas: ["application"], languages: ["fr"] }),
      proposal({ sectors: ["health", "agriculture"], workingArea: "application", languages: ["ar", "fr"] }),
      REGIONS,
    );
    expect(overlap).toMatchObject({ sector: 0.5, area: 1, language: 1 });
  });

  it("counts a known country fully and a known region by half, the reviewer's own country and region included", () => {
    const kenyaAndIndia = proposal({ leadCountry: "KE", hubCountry: "IN" });
    expect(profileOverlap(reviewer({ countriesKnown: ["KE", "IN"] }), kenyaAndIndia, REGIONS).geo).toBe(1);
    expect(profileOverlap(reviewer({ country: "NG", region: "Africa" }), kenyaAndIndia, REGIONS).geo).toBe(0.25);
    expect(profileOverlap(reviewer({ regionsKnown: ["Africa", "Asia"] }), kenyaAndIndia, REGIONS).geo).toBe(0.5);
    expect(profileOverlap(reviewer({ country: "IN", region: "Asia" }), kenyaAndIndia, REGIONS).geo).toBe(0.5);
  });

  it("weighs sector 3, area 1, countries 2 and language 2 out of 8", () => {
    const overlap = profileOverlap(reviewer({ sectors: ["health"], languages: ["en"] }), proposal({ sectors: ["health"], languages: ["en"] }), REGIONS);
    expect(overlap.profile).toBe((3 * 1 + 1 * 0 + 2 * 0 + 2 * 1) / 8);
  });

  it("gives no language credit to a reviewer who reads none of the proposal's languages", () => {
    expect(profileOverlap(reviewer({ languages: ["en"] }), proposal({ languages: ["zh"] }), REGIONS).language).toBe(0);
    expect(profileOverlap(reviewer({ languages: [] }), proposal({ languages: [] }), REGIONS).language).toBe(1);
  });
});

describe("the score", () => {
  it("is affinity in points (profile + half the text similarity, × 1000) plus the bid", () => {
    expect(affinityPoints(0.625, 0.4)).toBe(825);
    expect(bidPoints("eager")).toBe(500);
    expect(bidPoints("willing")).toBe(250);
    expect(bidPoints(undefined)).toBe(0);
    expect(bidPoints("not_qualified")).toBe(-500);
  });

  it("orders bids eager > willing > none > not qualified for the same reviewer and proposal", () => {
    const r = reviewer({ sectors: ["health"] });
    const scores = (["eager", "willing", undefined, "not_qualified"] as const).map((bid) => {
      const p = proposal({ sectors: ["health"] });
      return scoreMatrix(input({ reviewers: [r], proposals: [p], bids: new Map(bid ? [[r.id, new Map([[p.id, bid]])]] : []) })).score[0]!;
    });
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(scores).size).toBe(4);
  });

  it("adds text similarity with the reviewer's past reviewed proposals to the profile", () => {
    const p = proposal({ title: "Drought early warning", summary: "Drought early warning with satellite data" });
    const [withHistory, without] = scoreMatrix(input({ reviewers: [reviewer({ id: "a", pastTexts: ["satellite drought early warning"] }), reviewer({ id: "b" })], proposals: [p] })).affinity;
    expect(withHistory).toBeGreaterThan(without!);
  });
});

describe("the pairs that are forbidden", () => {
  const base = { bids: new Map(), declaredConflicts: new Map(), window: { from: "2026-03-01", to: "2026-03-31" }, policy: DEFAULT_MATCH_POLICY };

  it("excludes declared conflicts, conflict bids and members of the lead or a co-lead", () => {
    expect(exclusionOf(reviewer(), proposal(), { ...base, declaredConflicts: new Map([["r", new Set(["p"])]]) })).toBe("conflicts");
    expect(exclusionOf(reviewer(), proposal(), { ...base, bids: new Map([["r", new Map([["p", "conflict"]])]]) })).toBe("conflicts");
    expect(exclusionOf(reviewer({ institutionIds: ["lead"] }), proposal(), base)).toBe("conflicts");
    expect(exclusionOf(reviewer({ institutionIds: ["co-lead"] }), proposal(), base)).toBe("conflicts");
    expect(exclusionOf(reviewer(), proposal(), base)).toBeNull();
  });

  it("excludes a reviewer from a party's country only under the same-country policy", () => {
    const indian = reviewer({ country: "IN", region: "Asia" });
    expect(exclusionOf(indian, proposal(), { ...base, policy: { ...DEFAULT_MATCH_POLICY, sameCountry: true } })).toBe("conflicts");
    expect(exclusionOf(indian, proposal(), base)).toBeNull();
  });

  it("excludes a reviewer from the lead's country only when the admin asks", () => {
    const kenyan = reviewer({ country: "KE", region: "Africa" });
    expect(exclusionOf(kenyan, proposal(), { ...base, policy: { ...DEFAULT_MATCH_POLICY, excludeLeadCountry: true } })).toBe("lead_country");
    expect(exclusionOf(kenyan, proposal(), base)).toBeNull();
  });

  it("excludes a reviewer unavailable on any day of the review window, and only then", () => {
    const window = { from: "2026-03-01", to: "2026-03-31" };
    expect(unavailableDuring([{ from: "2026-03-31", to: "2026-04-10" }], window)).toBe(true);
    expect(unavailableDuring([{ from: "2026-02-01", to: "2026-03-01" }], window)).toBe(true);
    expect(unavailableDuring([{ from: "2026-04-01", to: "2026-04-10" }], window)).toBe(false);
    expect(unavailableDuring([{ from: "2026-03-05", to: "2026-03-06" }], null)).toBe(false);
    expect(exclusionOf(reviewer({ unavailable: [{ from: "2026-03-10", to: "2026-03-12" }] }), proposal(), base)).toBe("availability");
  });
});
