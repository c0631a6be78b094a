import { describe, expect, it } from "vitest";
import { DEFAULT_RUBRIC } from "../../server/reviews/rubric";
import { missingScores, weightedScore } from "../../server/reviews/scoring";

const rubric = DEFAULT_RUBRIC.map((c) => ({ code: c.code, weight: c.weight }));

describe("the default rubric", () => {
  it("has the six criteria of PRODUCT.md with weights adding up to 100", () => {
    expect(rubric.map((c) => c.code)).toEqual(["relevance", "feasibility", "inclusiveness", "mutual_benefit", "sustainability", "data_governance"]);
    expect(rubric.reduce((sum, c) => sum + c.weight, 0)).toBe(100);
  });
});

describe("a review's weighted score", () => {
  it("is the weighted mean of the scores, on the 1–5 scale", () => {
    const scores = { relevance: 5, feasibility: 4, inclusiveness: 3, mutual_benefit: 2, sustainability: 1, data_governance: 5 };
    // (5·20 + 4·20 + 3·15 + 2·15 + 1·15 + 5·15) / 100 = 345 / 100
    expect(weightedScore(scores, rubric)).toBe(3.45);
  });

  it("is rounded to two decimals", () => {
    const thirds = [
      { code: "a", weight: 1 },
      { code: "b", weight: 1 },
      { code: "c", weight: 1 },
    ];
    expect(weightedScore({ a: 5, b: 4, c: 4 }, thirds)).toBe(4.33);
  });

  it("gives every criterion the same score back when all scores are equal", () => {
    expect(weightedScore(Object.fromEntries(rubric.map((c) => [c.code, 2])), rubric)).toBe(2);
  });

  it("follows changed weights", () => {
    const heavyRelevance = rubric.map((c) => ({ ...c, weight: c.code === "relevance" ? 100 : 0 }));
    expect(weightedScore({ relevance: 1, feasibility: 5, inclusiveness: 5, mutual_benefit: 5, sustainability: 5, data_governance: 5 }, heavyRelevance)).toBe(1);
  });

  it("is 0 when every weight is 0, rather than dividing by zero", () => {
    expect(weightedScore({ a: 5 }, [{ code: "a", weight: 0 }])).toBe(0);
  });
});

describe("missing scores", () => {
  it("names every criterion without a whole score from 1 to 5", () => {
    const scores = { relevance: 5, feasibility: 0, inclusiveness: 6, mutual_benefit: 2.5, sustainability: 3 };
    expect(missingScores(scores, rubric)).toEqual(["feasibility", "inclusiveness", "mutual_benefit", "data_governance"]);
  });

  it("is empty for a complete review, and ignores scores for criteria not in the rubric", () => {
    expect(missingScores({ relevance: 1, feasibility: 2, inclusiveness: 3, mutual_benefit: 4, sustainability: 5, data_governance: 1, extra: 9 }, rubric)).toEqual([]);
  });
});
