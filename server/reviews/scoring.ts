/** Weighted mean of 1–5 scores, rounded to two decimals. Criteria without a score are an error for the caller to report. */
export function weightedScore(scores: Record<string, number>, criteria: { code: string; weight: number }[]): number {
  const totalWeight = criteria.reduce((sum, c) => sum + c.weight, 0);
  if (totalWeight === 0) return 0;
  const sum = criteria.reduce((acc, c) => acc + (scores[c.code] ?? 0) * c.weight, 0);
  return Math.round((sum / totalWeight) * 100) / 100;
}

/** Which criteria lack a valid 1–5 integer score. */
export function missingScores(scores: Record<string, number>, criteria: { code: string }[]): string[] {
  return criteria.filter((c) => !Number.isInteger(scores[c.code]) || scores[c.code]! < 1 || scores[c.code]! > 5).map((c) => c.code);
}
