import { minimiseCost, type Residual } from "./cost-scaling";
import { maxFlow } from "./max-flow";
import { exactPotentials } from "./potentials";
import { saturateAndRepair } from "./repair";

/**
 * A flow network: arcs are added, then laid out by tail (CSR) with their residual twins when a
 * solver runs. Nodes and arcs may be added later: the layout is rebuilt keeping every arc's
 * flow and every node's price, so a solved network can grow and be solved again from where it
 * was (a warm start).
 *
 * - `maxFlow(s, t)`: Dinic (max-flow.ts), costs ignored;
 * - `minimiseCost(scale)`: cost scaling (cost-scaling.ts), keeping every node's
 *   balance; `price` then proves the flow optimal;
 * - `exactPotentials(scale)`: integer potentials with no negative reduced cost (potentials.ts);
 * - `repair(d, arcs)`: takes new arcs into an optimal flow by shortest paths (repair.ts).
 */
export class FlowGraph {
  // The arcs as added (caps: remaining capacity once a layout has been dropped).
  private arcs = 0;
  private tails = new Int32Array(1024);
  private heads = new Int32Array(1024);
  private caps = new Int32Array(1024);
  private costs = new Float64Array(1024);
  private residual: Residual | null = null;
  /** Flow on each arc when the layout was last dropped (caps then hold what remains). */
  private flows = new Int32Array(0);
  /** Arc id (as returned by addArc) → its position in the compressed arrays. */
  private position = new Int32Array(0);
  private prices: Float64Array;
  /** 1 at the compressed position of each forward arc (for `unwind`). */
  private forward = new Uint8Array(0);
  relabels = 0;

  constructor(private nodes: number) {
    this.prices = new Float64Array(nodes);
  }

  get nodeCount(): number {
    return this.nodes;
  }

  /** Adds `count` nodes (price 0 unless set); returns the first one's index. */
  addNodes(count: number): number {
    const start = this.nodes;
    this.nodes += count;
    return start;
  }

  addArc(u: number, v: number, capacity: number, cost: number): number {
    if (!Number.isInteger(cost)) throw new Error(`arc cost must be an integer, got ${cost}`);
    if (u >= this.nodes || v >= this.nodes) throw new Error("arc to an unknown node");
    if (this.residual) this.keepFlows();
    if (this.arcs === this.tails.length) this.grow();
    const a = this.arcs++;
    this.tails[a] = u;
    this.heads[a] = v;
    this.caps[a] = capacity;
    this.costs[a] = cost;
    return a;
  }

  private grow() {
    const widen = <T extends Int32Array | Float64Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    const size = this.tails.length * 2;
    this.tails = widen(this.tails, new Int32Array(size));
    this.heads = widen(this.heads, new Int32Array(size));
    this.caps = widen(this.caps, new Int32Array(size));
    this.costs = widen(this.costs, new Float64Array(size));
  }

  get price(): Float64Array {
    return this.layout().price;
  }

  flow(arc: number): number {
    const g = this.layout();
    return g.rcap[g.twin[this.position[arc]!]!]!;
  }

  /** Capacity an arc has left (its residual capacity). */
  capacityLeft(arc: number): number {
    return this.layout().rcap[this.position[arc]!]!;
  }

  maxFlow(s: number, t: number, blocked = -1): number {
    return maxFlow(this.layout(), s, t, blocked);
  }

  /** Removes an arc from the residual network (no capacity either way); returns the flow it carried. */
  closeArc(arc: number): number {
    const g = this.layout();
    const at = this.position[arc]!;
    const flow = g.rcap[g.twin[at]!]!;
    g.rcap[at] = 0;
    g.rcap[g.twin[at]!] = 0;
    return flow;
  }

  /**
   * Takes `units` of flow that reach `from` back to `to`, walking each unit backwards along
   * arcs that carry flow. Only for flows without cycles (the assignment network is acyclic),
   * where every such walk ends at the source.
   */
  unwind(from: number, to: number, units: number): void {
    const g = this.layout();
    if (this.forward.length === 0) {
      this.forward = new Uint8Array(g.rcap.length);
      for (const at of this.position) this.forward[at] = 1;
    }
    const forward = this.forward;
    for (let k = 0; k < units; k++) {
      for (let v = from; v !== to; ) {
        let e = g.first[v]!;
        while (e < g.first[v + 1]! && (forward[e] === 1 || g.rcap[e]! <= 0)) e++;
        if (e === g.first[v + 1]) throw new Error("unwind: no flow reaches this node");
        g.rcap[e]!--;
        g.rcap[g.twin[e]!]!++;
        v = g.head[e]!;
      }
    }
  }

  /** Gives a closed arc its capacity back, with no flow. */
  openArc(arc: number, capacity: number): void {
    const g = this.layout();
    g.rcap[this.position[arc]!] = capacity;
  }

  /** Makes the current (feasible) flow a cheapest one, costs × scale (≥ nodes + 1). */
  minimiseCost(scale: number): void {
    this.relabels += minimiseCost(this.layout(), scale);
  }

  exactPotentials(scale: number): Float64Array {
    return exactPotentials(this.layout(), scale);
  }

  /** Saturates the given arcs where their reduced cost under `d` is negative and restores optimality (repair.ts); `d` is updated. */
  repair(d: Float64Array, arcs: readonly number[]): number {
    const g = this.layout();
    if (d.length !== this.nodes) throw new Error("one potential per node");
    return saturateAndRepair(g, d, arcs.map((a) => this.position[a]!));
  }

  /** Drops the layout, keeping each arc's flow and remaining capacity for the next one. */
  private keepFlows() {
    const g = this.residual!;
    for (let a = 0; a < this.position.length; a++) this.caps[a] = g.rcap[this.position[a]!]!;
    this.flows = Int32Array.from(this.position, (at) => g.rcap[g.twin[at]!]!);
    this.residual = null;
  }

  private layout(): Residual {
    if (this.residual && this.residual.price.length === this.nodes) return this.residual;
    if (this.residual) this.keepFlows();
    const n = this.nodes;
    const m = this.arcs;
    const first = new Int32Array(n + 1);
    for (let a = 0; a < m; a++) {
      first[this.tails[a]! + 1]!++;
      first[this.heads[a]! + 1]!++;
    }
    for (let v = 0; v < n; v++) first[v + 1]! += first[v]!;
    const fill = first.slice(0, n);
    const head = new Int32Array(2 * m);
    const twin = new Int32Array(2 * m);
    const rcap = new Int32Array(2 * m);
    const cost = new Float64Array(2 * m);
    this.position = new Int32Array(m);
    for (let a = 0; a < m; a++) {
      const u = this.tails[a]!;
      const v = this.heads[a]!;
      const fwd = fill[u]!++;
      const back = fill[v]!++;
      const flow = a < this.flows.length ? this.flows[a]! : 0;
      head[fwd] = v;
      head[back] = u;
      twin[fwd] = back;
      twin[back] = fwd;
      rcap[fwd] = this.caps[a]!;
      rcap[back] = flow;
      cost[fwd] = this.costs[a]!;
      cost[back] = -this.costs[a]!;
      this.position[a] = fwd;
    }
    const price = new Float64Array(n);
    price.set(this.prices.subarray(0, Math.min(n, this.prices.length)));
    this.prices = price;
    this.residual = { first, head, twin, rcap, cost, price };
    this.forward = new Uint8Array(0);
    return this.residual;
  }
}
