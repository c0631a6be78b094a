import { tokenize } from "./tokenize";

/**
 * TF-IDF cosine similarity, computed here (no external service).
 *
 * - The corpus is every proposal text and every past reviewed text given; a term's weight in a
 *   text is (1 + ln tf) · idf with idf = ln((N + 1) / (df + 1)) + 1 (N texts, df of them
 *   containing the term), and each text's vector is scaled to length 1.
 * - The similarity of a reviewer to a proposal is the highest cosine between the proposal and
 *   any one of the reviewer's past texts (0 without past texts): a reviewer who once reviewed a
 *   close proposal is a good match even if the rest of their history is elsewhere.
 */
export type SparseVector = { terms: Int32Array; weights: Float64Array };

export type TextModel = { vocabulary: Map<string, number>; idf: Float64Array };

export function buildTextModel(texts: readonly string[][]): TextModel {
  const vocabulary = new Map<string, number>();
  const df: number[] = [];
  for (const tokens of texts) {
    for (const token of new Set(tokens)) {
      let id = vocabulary.get(token);
      if (id === undefined) {
        id = vocabulary.size;
        vocabulary.set(token, id);
        df.push(0);
      }
      df[id]!++;
    }
  }
  const n = texts.length;
  return { vocabulary, idf: Float64Array.from(df, (d) => Math.log((n + 1) / (d + 1)) + 1) };
}

/** The unit-length TF-IDF vector of a tokenized text; terms outside the model's vocabulary are ignored. */
export function vectorize(model: TextModel, tokens: readonly string[]): SparseVector {
  const counts = new Map<number, number>();
  for (const token of tokens) {
    const id = model.vocabulary.get(token);
    if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const terms = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
  const weights = Float64Array.from(terms, (t) => (1 + Math.log(counts.get(t)!)) * model.idf[t]!);
  let norm = 0;
  for (const w of weights) norm += w * w;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i]! /= norm;
  return { terms, weights };
}

export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const ta = a.terms[i]!;
    const tb = b.terms[j]!;
    if (ta === tb) dot += a.weights[i++]! * b.weights[j++]!;
    else if (ta < tb) i++;
    else j++;
  }
  return Math.min(1, dot);
}

/**
 * For each proposal text and each reviewer (a list of past texts), the best cosine:
 * `result[r * proposals.length + p]`. Uses an inverted index over the past texts, so the cost
 * grows with shared terms, not with reviewers × proposals × texts.
 */
export function bestTextSimilarities(proposals: readonly string[], pastByReviewer: readonly (readonly string[])[]): Float64Array {
  const proposalTokens = proposals.map(tokenize);
  const pastTokens: string[][] = [];
  const owner: number[] = [];
  pastByReviewer.forEach((texts, r) => {
    for (const text of texts) {
      pastTokens.push(tokenize(text));
      owner.push(r);
    }
  });
  const result = new Float64Array(pastByReviewer.length * proposals.length);
  if (pastTokens.length === 0) return result;
  const model = buildTextModel([...proposalTokens, ...pastTokens]);
  // Postings of the past texts, laid out by term: docs[start[t] … start[t + 1]) with their weights.
  const vectors = pastTokens.map((tokens) => vectorize(model, tokens));
  const start = new Int32Array(model.vocabulary.size + 1);
  for (const v of vectors) for (const t of v.terms) start[t + 1]!++;
  for (let t = 0; t < model.vocabulary.size; t++) start[t + 1]! += start[t]!;
  const fill = start.slice(0, model.vocabulary.size);
  const docs = new Int32Array(start[model.vocabulary.size]!);
  const weights = new Float64Array(docs.length);
  vectors.forEach((v, doc) => {
    v.terms.forEach((t, k) => {
      const at = fill[t]!++;
      docs[at] = doc;
      weights[at] = v.weights[k]!;
    });
  });
  const dots = new Float64Array(pastTokens.length);
  const touched: number[] = [];
  proposalTokens.forEach((tokens, p) => {
    const v = vectorize(model, tokens);
    v.terms.forEach((t, k) => {
      const w = v.weights[k]!;
      for (let i = start[t]!; i < start[t + 1]!; i++) {
        const doc = docs[i]!;
        if (dots[doc] === 0) touched.push(doc);
        dots[doc]! += w * weights[i]!;
      }
    });
    for (const doc of touched) {
      const at = owner[doc]! * proposals.length + p;
      result[at] = Math.max(result[at]!, Math.min(1, dots[doc]!));
      dots[doc] = 0;
    }
    touched.length = 0;
  });
  return result;
}
