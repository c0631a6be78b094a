/**
 * What an owner is offered on one active member's row: what the viewer may do, except demoting or
 * removing the sole owner (the server refuses both with LAST_OWNER; the page does not offer them).
 */
export function rowActions<M extends { id: string; role: "owner" | "member" }>(
  member: M,
  members: readonly M[],
  may: { promote: boolean; setSignatory: boolean; remove: boolean },
) {
  const soleOwner = member.role === "owner" && members.filter((m) => m.role === "owner").length === 1;
  return { promote: may.promote && !soleOwner, setSignatory: may.setSignatory, remove: may.remove && !soleOwner };
}
