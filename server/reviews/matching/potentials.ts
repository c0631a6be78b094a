import type { Residual } from "./cost-scaling";

/**
 * Integer potentials in cost units under which every residual arc has reduced cost ≥ 0, for a
 * flow without negative cycle (as `minimiseCost` leaves it): the prices divided by the scale and
 * rounded down (reduced costs ≥ −1), then corrected by label-correcting shortest paths,
 * d(v) = min(d(v), d(u) + cost(u,v)), until no residual arc is negative.
 */
export function exactPotentials(g: Residual, scale: number): Float64Array {
  const { first, head, rcap, cost } = g;
  const n = first.length - 1;
  const d = Float64Array.from(g.price, (p) => Math.floor(p / scale));
  const queue = new Int32Array(n + 1);
  const queued = new Uint8Array(n).fill(1);
  for (let v = 0; v < n; v++) queue[v] = v;
  let qh = 0;
  let qt = n;
  let size = n;
  // A node improved more than n times lies on a negative cycle (Bellman–Ford's bound).
  const improved = new Int32Array(n);
  while (size > 0) {
    const u = queue[qh]!;
    qh = qh === n ? 0 : qh + 1;
    size--;
    queued[u] = 0;
    for (let e = first[u]!; e < first[u + 1]!; e++) {
      if (rcap[e]! <= 0) continue;
      const v = head[e]!;
      const candidate = d[u]! + cost[e]!;
      if (candidate < d[v]!) {
        d[v] = candidate;
        if (++improved[v]! > n) throw new Error("exactPotentials: negative cycle (the flow was not optimal)");
        if (queued[v] === 0) {
          queued[v] = 1;
          queue[qt] = v;
          qt = qt === n ? 0 : qt + 1;
          size++;
        }
      }
    }
  }
  return d;
}
