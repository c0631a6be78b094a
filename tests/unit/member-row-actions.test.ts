import { describe, expect, it } from "vitest";
import { rowActions } from "../../components/memberships/row-actions";

const all = { promote: true, setSignatory: true, remove: true };
const m = (id: string, role: "owner" | "member") => ({ id, role });

describe("the actions an owner is offered on one member's row (issue #15.5)", () => {
  it("never offers 'Make member' or 'Remove' on the sole owner (the server refuses both with LAST_OWNER)", () => {
    const members = [m("a", "owner"), m("b", "member")];
    expect(rowActions(members[0]!, members, all)).toEqual({ promote: false, setSignatory: true, remove: false });
  });

  it("offers them on an owner when another owner remains", () => {
    const members = [m("a", "owner"), m("b", "owner")];
    expect(rowActions(members[0]!, members, all)).toEqual(all);
  });

  it("offers everything the viewer may do on a plain member", () => {
    const members = [m("a", "owner"), m("b", "member")];
    expect(rowActions(members[1]!, members, all)).toEqual(all);
    expect(rowActions(members[1]!, members, { promote: false, setSignatory: true, remove: false })).toEqual({ promote: false, setSignatory: true, remove: false });
  });
});
