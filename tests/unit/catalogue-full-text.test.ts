import { describe, expect, it } from "vitest";
import { MAX_TERMS, planSearch } from "../../server/catalogue/full-text";

describe("planning a catalogue text search", () => {
  it("sends words of 3+ characters to full text as required prefixes", () => {
    expect(planSearch("Flood forecasting")).toEqual({ fullText: "+flood* +forecasting*", like: [] });
  });

  it("has no text filter for an empty, blank or punctuation-only query", () => {
    for (const q of [undefined, null, "", "   ", "%%", "+-*\"()<>~@"]) expect(planSearch(q)).toEqual({ fullText: null, like: [] });
  });

  it("strips boolean-mode operators so the reader's text is never an expression", () => {
    expect(planSearch('-malaria +"drought" (crop)* ~x@y')).toEqual({ fullText: "+malaria* +drought* +crop*", like: ["%x%", "%y%"] });
  });

  it("drops InnoDB stopwords, which would make a required term match nothing", () => {
    expect(planSearch("The future of the data")).toEqual({ fullText: "+future* +data*", like: [] });
  });

  it("sends words shorter than 3 characters to LIKE", () => {
    expect(planSearch("AI health")).toEqual({ fullText: "+health*", like: ["%ai%"] });
  });

  it("sends scripts written without spaces (Chinese, Thai) to LIKE", () => {
    expect(planSearch("农业 培训")).toEqual({ fullText: null, like: ["%农业%", "%培训%"] });
    expect(planSearch("เกษตร")).toEqual({ fullText: null, like: ["%เกษตร%"] });
  });

  it("keeps Arabic, Cyrillic and accented words for full text", () => {
    expect(planSearch("الزراعة обучение formação")).toEqual({ fullText: "+الزراعة* +обучение* +formação*", like: [] });
  });

  it("splits on anything but letters and digits, so no LIKE wildcard reaches a pattern", () => {
    expect(planSearch("x_y%z\\w")).toEqual({ fullText: null, like: ["%x%", "%y%", "%z%", "%w%"] });
  });

  it("uses each word once and at most a fixed number of words", () => {
    expect(planSearch("crop crop CROP")).toEqual({ fullText: "+crop*", like: [] });
    const many = Array.from({ length: 20 }, (_, i) => `word${i}`).join(" ");
    expect(planSearch(many).fullText?.split(" ")).toHaveLength(MAX_TERMS);
  });
});
