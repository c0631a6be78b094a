// Institution B's people must not see or touch institution A's private objects: through the
// real router they get NOT_FOUND, exactly as for something that does not exist.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMembership, createInstitution, createUser, type Institution, type Membership, type User } from "../factories";
import { auditEntriesOf, institutionRow, membershipRow, membershipsOf, openTestDb } from "./support/db";
import { outcomeOf } from "./support/errors";
import { callerAs } from "./support/personas";

const handle = openTestDb();
const { db } = handle;

let ownerA: User;
let memberA: User;
let a: Institution;
let pendingA: Institution;
let memberAMembership: Membership;
let requestToA: Membership;
const b: Record<"memberB" | "ownerB", User> = {} as never;

beforeAll(async () => {
  [ownerA, memberA, b.ownerB, b.memberB] = [await createUser(db), await createUser(db), await createUser(db), await createUser(db)];
  a = await createInstitution(db, { createdByUserId: ownerA.id });
  pendingA = await createInstitution(db, { status: "pending", createdByUserId: ownerA.id });
  const institutionB = await createInstitution(db, { createdByUserId: b.ownerB.id });
  for (const inst of [a, pendingA]) await addMembership(db, { institutionId: inst.id, userId: ownerA.id, role: "owner" });
  memberAMembership = await addMembership(db, { institutionId: a.id, userId: memberA.id });
  await addMembership(db, { institutionId: pendingA.id, userId: memberA.id });
  requestToA = await addMembership(db, { institutionId: a.id, userId: (await createUser(db)).id, status: "requested" });
  await addMembership(db, { institutionId: institutionB.id, userId: b.ownerB.id, role: "owner" });
  await addMembership(db, { institutionId: institutionB.id, userId: b.memberB.id });
});

afterAll(async () => {
  await handle.close();
});

const editableA = () => ({
  name: `${a.name} (edited)`,
  acronym: a.acronym,
  countryCode: a.countryCode,
  type: a.type,
  website: a.website,
  emailDomains: a.emailDomains,
  description: a.description,
  rorId: a.rorId,
  institutionId: a.id,
  version: a.version,
});

describe.each(["memberB", "ownerB"] as const)("%s, of institution B", (persona) => {
  const as = () => callerAs(db, b[persona]);

  it("gets NOT_FOUND for the member list of A", async () => {
    expect(await outcomeOf((await as()).memberships.list({ institutionId: a.id }))).toBe("NOT_FOUND");
  });

  it("gets NOT_FOUND for A while A is pending", async () => {
    expect(await outcomeOf((await as()).institutions.byId({ institutionId: pendingA.id }))).toBe("NOT_FOUND");
  });

  it("sees verified A's public page without its private part", async () => {
    const page = await (await as()).institutions.byId({ institutionId: a.id });
    expect(page).toMatchObject({ id: a.id, name: a.name, status: "verified" });
    expect(page.private).toBeNull();
  });

  it("gets NOT_FOUND when editing A, and A is unchanged", async () => {
    const before = await institutionRow(db, a.id);
    expect(await outcomeOf((await as()).institutions.update(editableA()))).toBe("NOT_FOUND");
    expect(await institutionRow(db, a.id)).toEqual(before);
  });

  it("gets NOT_FOUND when inviting someone into A, and nobody is invited", async () => {
    const invitee = await createUser(db);
    expect(await outcomeOf((await as()).memberships.invite({ institutionId: a.id, email: invitee.email }))).toBe("NOT_FOUND");
    expect(await membershipsOf(db, a.id, invitee.id)).toEqual([]);
  });

  it("gets NOT_FOUND when accepting or declining a request to A, and the request is unchanged", async () => {
    const before = await membershipRow(db, requestToA.id);
    for (const event of ["accept", "decline"] as const) {
      expect(await outcomeOf((await as()).memberships.changeStatus({ membershipId: requestToA.id, event, version: 1 }))).toBe("NOT_FOUND");
    }
    expect(await membershipRow(db, requestToA.id)).toEqual(before);
  });

  it("gets NOT_FOUND when removing, promoting or designating a member of A, and the membership is unchanged", async () => {
    const before = await membershipRow(db, memberAMembership.id);
    const caller = await as();
    const id = memberAMembership.id;
    expect(await outcomeOf(caller.memberships.changeStatus({ membershipId: id, event: "remove", version: 1 }))).toBe("NOT_FOUND");
    expect(await outcomeOf(caller.memberships.setRole({ membershipId: id, role: "owner", version: 1 }))).toBe("NOT_FOUND");
    expect(await outcomeOf(caller.memberships.setSignatory({ membershipId: id, isSignatory: true, version: 1 }))).toBe("NOT_FOUND");
    expect(await membershipRow(db, id)).toEqual(before);
    expect(await auditEntriesOf(db, "membership", id)).toEqual([]);
  });
});

describe("A's own people, for comparison (same inputs)", () => {
  it("a member of A lists A's members and sees its private part, also while it is pending", async () => {
    const caller = await callerAs(db, memberA);
    expect((await caller.memberships.list({ institutionId: a.id })).map((m) => m.id)).toContain(requestToA.id);
    expect((await caller.institutions.byId({ institutionId: a.id })).private).toMatchObject({ emailDomains: a.emailDomains });
    expect((await caller.institutions.byId({ institutionId: pendingA.id })).status).toBe("pending");
  });

  it("the owner of A may make the very changes B's people were refused", async () => {
    const caller = await callerAs(db, ownerA);
    expect(await outcomeOf(caller.memberships.setSignatory({ membershipId: memberAMembership.id, isSignatory: true, version: 1 }))).toBe("ok");
    expect(await outcomeOf(caller.memberships.changeStatus({ membershipId: requestToA.id, event: "accept", version: 1 }))).toBe("ok");
    expect(await outcomeOf(caller.institutions.update(editableA()))).toBe("ok");
  });
});
