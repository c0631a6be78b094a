import type { Residual } from "./cost-scaling";

/**
 * Adds arcs to an optimal flow without solving it again: every new arc whose reduced cost is
 * negative under the exact potentials `d` is saturated (a unit of excess at its head, of
 * deficit at its tail), then each excess unit travels to a deficit along a shortest residual
 * path (successive shortest paths: Dijkstra on reduced costs, which are ≥ 0 everywhere else),
 * and the settled nodes' potentials move by their distance. At the end every node is balanced
 * again, no residual arc has a negative reduced cost, and `d` proves the flow optimal.
 * A few new arcs cost a few searches, not a new solve.
 */
export function saturateAndRepair(g: Residual, d: Float64Array, arcs: readonly number[]): number {
  const { head, twin, rcap, cost } = g;
  const search = new ShortestPaths(g, d);
  let units = 0;
  for (const e of arcs) {
    const u = head[twin[e]!]!;
    const v = head[e]!;
    if (rcap[e]! <= 0 || cost[e]! + d[u]! - d[v]! >= 0) continue;
    const amount = rcap[e]!;
    rcap[e] = 0;
    rcap[twin[e]!]! += amount;
    search.addExcess(u, -amount);
    search.addExcess(v, amount);
    units += amount;
  }
  let searches = 0;
  while (units > 0) {
    units -= search.augment();
    searches++;
  }
  return searches;
}

/** Dijkstra from every excess node to the nearest deficit, with buffers kept between searches. */
class ShortestPaths {
  private readonly excess: Int32Array;
  private readonly dist: Float64Array;
  private readonly parent: Int32Array;
  private readonly settled: Uint8Array;
  private readonly heap = new MinHeap();
  private sources = new Set<number>();

  constructor(
    private readonly g: Residual,
    private readonly d: Float64Array,
  ) {
    const n = d.length;
    this.excess = new Int32Array(n);
    this.dist = new Float64Array(n).fill(Infinity);
    this.parent = new Int32Array(n).fill(-1);
    this.settled = new Uint8Array(n);
  }

  addExcess(v: number, amount: number) {
    this.excess[v]! += amount;
    if (this.excess[v]! > 0) this.sources.add(v);
    else this.sources.delete(v);
  }

  /** One search and one push along the path found; returns the units pushed. */
  augment(): number {
    const { g, d, excess, dist, parent, settled, heap } = this;
    const { first, head, twin, rcap, cost } = g;
    const touched: number[] = [];
    const order: number[] = [];
    for (const v of this.sources) {
      dist[v] = 0;
      touched.push(v);
      heap.push(0, v);
    }
    let target = -1;
    while (heap.size > 0) {
      const [k, u] = heap.pop();
      if (settled[u] === 1 || k > dist[u]!) continue;
      settled[u] = 1;
      order.push(u);
      if (excess[u]! < 0) {
        target = u;
        break;
      }
      const du = d[u]!;
      for (let e = first[u]!; e < first[u + 1]!; e++) {
        if (rcap[e]! <= 0) continue;
        const v = head[e]!;
        const nd = k + cost[e]! + du - d[v]!;
        if (nd < dist[v]!) {
          if (dist[v] === Infinity) touched.push(v);
          dist[v] = nd;
          parent[v] = e;
          heap.push(nd, v);
        }
      }
    }
    heap.clear();
    if (target === -1) throw new Error("repair: an excess cannot reach a deficit (the network lost its balance)");
    const total = dist[target]!;
    for (const v of order) d[v]! -= total - dist[v]!;
    let amount = -excess[target]!;
    let source = target;
    for (let v = target; parent[v] !== -1; v = head[twin[parent[v]!]!]!) {
      amount = Math.min(amount, rcap[parent[v]!]!);
      source = head[twin[parent[v]!]!]!;
    }
    amount = Math.min(amount, excess[source]!);
    for (let v = target; parent[v] !== -1; v = head[twin[parent[v]!]!]!) {
      rcap[parent[v]!]! -= amount;
      rcap[twin[parent[v]!]!]! += amount;
    }
    this.addExcess(source, -amount);
    this.addExcess(target, amount);
    for (const v of touched) {
      dist[v] = Infinity;
      parent[v] = -1;
      settled[v] = 0;
    }
    return amount;
  }
}

/** A binary min-heap of (key, node) pairs, lazily deleted. */
class MinHeap {
  private keys: number[] = [];
  private nodes: number[] = [];
  get size(): number {
    return this.keys.length;
  }
  clear() {
    this.keys.length = 0;
    this.nodes.length = 0;
  }
  push(key: number, node: number) {
    const { keys, nodes } = this;
    let i = keys.length;
    keys.push(key);
    nodes.push(node);
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (keys[up]! <= key) break;
      keys[i] = keys[up]!;
      nodes[i] = nodes[up]!;
      i = up;
    }
    keys[i] = key;
    nodes[i] = node;
  }
  pop(): [number, number] {
    const { keys, nodes } = this;
    const top: [number, number] = [keys[0]!, nodes[0]!];
    const key = keys.pop()!;
    const node = nodes.pop()!;
    const size = keys.length;
    if (size > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= size) break;
        if (child + 1 < size && keys[child + 1]! < keys[child]!) child++;
        if (keys[child]! >= key) break;
        keys[i] = keys[child]!;
        nodes[i] = nodes[child]!;
        i = child;
      }
      keys[i] = key;
      nodes[i] = node;
    }
    return top;
  }
}
