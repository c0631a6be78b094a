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
  const n = d.length;
  const excess = new Int32Array(n);
  let units = 0;
  for (const e of arcs) {
    const u = head[twin[e]!]!;
    const v = head[e]!;
    if (rcap[e]! <= 0 || cost[e]! + d[u]! - d[v]! >= 0) continue;
    const amount = rcap[e]!;
    rcap[e] = 0;
    rcap[twin[e]!]! += amount;
    excess[u]! -= amount;
    excess[v]! += amount;
    units += amount;
  }
  let searches = 0;
  while (units > 0) {
    units -= augmentShortest(g, d, excess);
    searches++;
  }
  return searches;
}

/** One Dijkstra from every excess node to the nearest deficit; pushes along the path; returns the units pushed. */
function augmentShortest(g: Residual, d: Float64Array, excess: Int32Array): number {
  const { first, head, twin, rcap, cost } = g;
  const n = d.length;
  const dist = new Float64Array(n).fill(Infinity);
  const parent = new Int32Array(n).fill(-1);
  const settled = new Uint8Array(n);
  const order: number[] = [];
  const heap = new MinHeap();
  for (let v = 0; v < n; v++) {
    if (excess[v]! > 0) {
      dist[v] = 0;
      heap.push(0, v);
    }
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
    for (let e = first[u]!; e < first[u + 1]!; e++) {
      if (rcap[e]! <= 0) continue;
      const v = head[e]!;
      const nd = k + cost[e]! + d[u]! - d[v]!;
      if (nd < dist[v]!) {
        dist[v] = nd;
        parent[v] = e;
        heap.push(nd, v);
      }
    }
  }
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
  excess[source]! -= amount;
  excess[target]! += amount;
  return amount;
}

/** A binary min-heap of (key, node) pairs, lazily deleted. */
class MinHeap {
  private keys: number[] = [];
  private nodes: number[] = [];
  get size(): number {
    return this.keys.length;
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
