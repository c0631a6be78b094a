import type { Residual } from "./cost-scaling";

/**
 * Dinic's maximum flow (level graph + blocking flow) on the residual arcs, costs ignored:
 * adds the largest flow from s to t to the current one, never through `blocked`, and returns its
 * value. It tells whether every seat can be filled and gives the first feasible flow that cost
 * scaling improves.
 */
export function maxFlow(g: Residual, s: number, t: number, blocked = -1): number {
  const { first, head, twin, rcap } = g;
  const n = first.length - 1;
  const level = new Int32Array(n);
  const cur = new Int32Array(n);
  const queue = new Int32Array(n);
  const stack = new Int32Array(n); // arcs on the current DFS path
  let total = 0;
  for (;;) {
    level.fill(-1);
    if (blocked >= 0) level[blocked] = -2;
    level[s] = 0;
    let qh = 0;
    let qt = 0;
    queue[qt++] = s;
    while (qh < qt) {
      const v = queue[qh++]!;
      for (let e = first[v]!; e < first[v + 1]!; e++) {
        const w = head[e]!;
        if (rcap[e]! > 0 && level[w] === -1) {
          level[w] = level[v]! + 1;
          queue[qt++] = w;
        }
      }
    }
    if (level[t] === -1) return total;
    cur.set(first.subarray(0, n));
    // Blocking flow: iterative DFS along level-increasing arcs; dead ends advance the arc pointer.
    let depth = 0;
    let v = s;
    for (;;) {
      if (v === t) {
        let push = Infinity;
        for (let i = 0; i < depth; i++) push = Math.min(push, rcap[stack[i]!]!);
        for (let i = 0; i < depth; i++) {
          rcap[stack[i]!]! -= push;
          rcap[twin[stack[i]!]!]! += push;
        }
        total += push;
        depth = 0;
        v = s;
        continue;
      }
      let e = cur[v]!;
      while (e < first[v + 1]! && !(rcap[e]! > 0 && level[head[e]!] === level[v]! + 1)) e++;
      cur[v] = e;
      if (e < first[v + 1]!) {
        stack[depth++] = e;
        v = head[e]!;
        continue;
      }
      if (v === s) break;
      level[v] = -1; // dead end
      const back = stack[--depth]!;
      v = head[twin[back]!]!;
      cur[v]!++;
    }
  }
}
