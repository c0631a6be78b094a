/**
 * Goldberg–Tarjan cost scaling for min-cost flow: push–relabel on ε-optimal prices, with the
 * two heuristics that make it fast in practice (Goldberg 1997, "An efficient implementation of
 * a scaling minimum-cost flow algorithm" — the CS2 solver; OR-Tools' min-cost flow is the same
 * method):
 *
 * - prices p make a flow ε-optimal when every residual arc v→w has c(v,w) + p(v) − p(w) ≥ −ε;
 * - each phase divides ε by α, saturates every arc of negative reduced cost (creating excesses
 *   and deficits), then discharges active nodes (positive excess) along admissible arcs
 *   (reduced cost < 0); a node with none lowers its price to max(p(w) − c(v,w)) − ε (relabel);
 * - price update: a bucket-based shortest-path pass from the deficits, in units of ε, lowers
 *   prices so that every active node has an admissible path, at each phase's start and after
 *   every n relabels;
 * - push look-ahead: before pushing into a node without deficit and without admissible arc,
 *   relabel it first instead of pushing flow that would have to come back.
 *
 * With integer costs multiplied by `scale` ≥ n + 1 and a last phase at ε = 1, every cycle of
 * residual arcs costs more than −scale, a multiple of scale, hence ≥ 0: the flow is optimal.
 * Every node keeps its balance; the flow given must be feasible (every node balanced), and then
 * every phase ends, since an excess can always go back the way it came.
 */
export type Residual = { first: Int32Array; head: Int32Array; twin: Int32Array; rcap: Int32Array; cost: Float64Array; price: Float64Array };

/**
 * Runs the phases, ε starting at the largest scaled cost (which any flow meets with zero
 * prices); returns the number of relabels (for statistics).
 */
export function minimiseCost(g: Residual, scale: number, alpha = 8): number {
  const solver = new CostScaling(g, scale);
  let epsilon = 0;
  for (let e = 0; e < solver.scaled.length; e++) epsilon = Math.max(epsilon, Math.abs(solver.scaled[e]!));
  while (epsilon > 1) {
    epsilon = Math.max(1, Math.ceil(epsilon / alpha));
    solver.refine(epsilon);
  }
  // Prices are sums of integers: exact while they stay within 2^53 (costs of a few thousand
  // points times a few hundred thousand nodes stay far below).
  for (const p of g.price) if (!Number.isSafeInteger(p)) throw new Error("min-cost flow: prices left the exact integer range");
  return solver.relabels;
}

class CostScaling {
  readonly scaled: Float64Array;
  private readonly n: number;
  private readonly excess: Float64Array;
  private readonly cur: Int32Array;
  private readonly queue: Int32Array;
  private readonly queued: Uint8Array;
  // Price update: distances in units of ε and doubly linked bucket lists.
  private readonly dist: Float64Array;
  private readonly done: Uint8Array;
  private readonly next: Int32Array;
  private readonly prev: Int32Array;
  private buckets: Int32Array;
  relabels = 0;
  private epsilon = 1;

  constructor(
    private readonly g: Residual,
    scale: number,
  ) {
    this.n = g.price.length;
    this.scaled = new Float64Array(g.cost.length);
    for (let e = 0; e < g.cost.length; e++) this.scaled[e] = g.cost[e]! * scale;
    this.excess = new Float64Array(this.n);
    this.cur = new Int32Array(this.n);
    this.queue = new Int32Array(this.n + 1);
    this.queued = new Uint8Array(this.n);
    this.dist = new Float64Array(this.n);
    this.done = new Uint8Array(this.n);
    this.next = new Int32Array(this.n);
    this.prev = new Int32Array(this.n);
    this.buckets = new Int32Array(this.n + 2);
  }

  refine(epsilon: number) {
    this.epsilon = epsilon;
    const { g, n, excess, scaled } = this;
    const { first, head, twin, rcap, price } = g;
    for (let v = 0; v < n; v++) {
      for (let e = first[v]!; e < first[v + 1]!; e++) {
        const amount = rcap[e]!;
        if (amount > 0 && scaled[e]! + price[v]! - price[head[e]!]! < 0) {
          rcap[e] = 0;
          rcap[twin[e]!]! += amount;
          excess[v]! -= amount;
          excess[head[e]!]! += amount;
        }
      }
    }
    let qh = 0;
    let qt = 0;
    let size = 0;
    const enqueue = (v: number) => {
      this.queued[v] = 1;
      this.queue[qt] = v;
      qt = qt === n ? 0 : qt + 1;
      size++;
    };
    for (let v = 0; v < n; v++) if (excess[v]! > 0) enqueue(v);
    if (size === 0) return;
    this.priceUpdate();
    let sinceUpdate = 0;
    while (size > 0) {
      const v = this.queue[qh]!;
      qh = qh === n ? 0 : qh + 1;
      size--;
      this.queued[v] = 0;
      while (excess[v]! > 0) {
        const e = this.admissibleArc(v);
        if (e === -1) {
          this.relabel(v);
          if (++sinceUpdate >= n) {
            this.priceUpdate();
            sinceUpdate = 0;
          }
          continue;
        }
        const w = head[e]!;
        // Look-ahead: a node with no deficit and no way onward is relabelled rather than fed.
        if (excess[w]! >= 0 && this.admissibleArc(w) === -1) {
          this.relabel(w);
          sinceUpdate++;
          if (scaled[e]! + price[v]! - price[w]! >= 0) continue;
        }
        const amount = Math.min(excess[v]!, rcap[e]!);
        rcap[e]! -= amount;
        rcap[twin[e]!]! += amount;
        excess[v]! -= amount;
        const before = excess[w]!;
        excess[w] = before + amount;
        if (before <= 0 && excess[w] > 0 && this.queued[w] === 0) enqueue(w);
      }
    }
  }

  /** The first admissible arc out of v from its current-arc pointer (which moves to it), or −1. */
  private admissibleArc(v: number): number {
    const { first, head, rcap, price } = this.g;
    const pv = price[v]!;
    const end = first[v + 1]!;
    for (let e = this.cur[v]!; e < end; e++) {
      if (rcap[e]! > 0 && this.scaled[e]! + pv - price[head[e]!]! < 0) {
        this.cur[v] = e;
        return e;
      }
    }
    this.cur[v] = end;
    return -1;
  }

  /** Lowers p(v) so that its cheapest residual arc has reduced cost −ε (v has no admissible arc). */
  private relabel(v: number) {
    const { first, head, rcap, price } = this.g;
    let best = -Infinity;
    for (let a = first[v]!; a < first[v + 1]!; a++) if (rcap[a]! > 0) best = Math.max(best, price[head[a]!]! - this.scaled[a]!);
    if (best !== -Infinity) price[v] = best - this.epsilon;
    this.cur[v] = first[v]!;
    this.relabels++;
  }

  /**
   * d(v) = fewest ε-steps from v to a deficit along residual arcs, an arc v→w counting
   * ⌊reduced cost / ε⌋ + 1 (≥ 0 under ε-optimality); p(v) −= ε·d(v). Stops once every active
   * node is reached; the others get the distance of the next bucket. Every arc stays ε-optimal:
   * its reduced cost drops by at most ε·(its length), and d(v) ≤ length + d(w).
   */
  private priceUpdate() {
    const { g, n, excess, dist, done, next, prev, scaled, epsilon } = this;
    const { first, head, twin, rcap, price } = g;
    const limit = n;
    this.buckets.fill(-1);
    done.fill(0);
    dist.fill(Infinity);
    const insert = (v: number, k: number) => {
      if (dist[v] !== Infinity) {
        // unlink from its current bucket
        if (prev[v] === -1) this.buckets[dist[v]!] = next[v]!;
        else next[prev[v]!] = next[v]!;
        if (next[v] !== -1) prev[next[v]!] = prev[v]!;
      }
      dist[v] = k;
      prev[v] = -1;
      next[v] = this.buckets[k]!;
      if (next[v] !== -1) prev[next[v]] = v;
      this.buckets[k] = v;
    };
    let active = 0;
    for (let v = 0; v < n; v++) {
      if (excess[v]! > 0) active++;
      else if (excess[v]! < 0) insert(v, 0);
    }
    let reached = 0;
    let k = 0;
    for (; k <= limit && reached < active; k++) {
      while (this.buckets[k] !== -1) {
        const w = this.buckets[k]!;
        this.buckets[k] = next[w]!;
        if (next[w] !== -1) prev[next[w]!] = -1;
        done[w] = 1;
        if (excess[w]! > 0) reached++;
        const pw = price[w]!;
        for (let e = first[w]!; e < first[w + 1]!; e++) {
          const a = twin[e]!; // v→w
          const v = head[e]!;
          if (done[v] === 1 || rcap[a]! <= 0) continue;
          const length = Math.max(0, Math.floor((scaled[a]! + price[v]! - pw) / epsilon) + 1);
          const d = k + length;
          if (d < dist[v]! && d <= limit) insert(v, d);
        }
      }
    }
    for (let v = 0; v < n; v++) price[v]! -= epsilon * (done[v] === 1 ? dist[v]! : k);
    this.cur.set(first.subarray(0, n));
  }
}
