// Demo data: people in every role and institutions of every type and status, all sharing one
// documented password. Idempotent: users are keyed by email, institutions and memberships by
// fixed ids derived from a name, and rows that already exist are left as they are.
import { createHash } from "node:crypto";
import { and, eq, inArray, type SQL } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { ID_ALPHABET } from "../../db/ids";
import { chainSteps } from "../../server/audit/chain";
import { auditLog, institutions, memberships, platformRoles, platformSettings, users } from "../../db/schema";
import type { InstitutionStatus, InstitutionType, MembershipRole, MembershipStatus, PlatformRole } from "../../db/schema";
import type { AuditContext, FieldChanges } from "../../db/schema/audit";
import { createInstitution, addMembership } from "../../tests/factories/institutions";
import { createUser, grantPlatformRole, passwordHashFor } from "../../tests/factories/users";

export const DEMO_PASSWORD = "Southbridge-demo-2026";
export const DEMO_EMAIL_DOMAIN = "demo.southbridge.org";
export const DEMO_DATA_SETTING = "demo_data";

export type DemoRoleLabelKey =
  | "admin"
  | "reviewer"
  | "owner"
  | "member"
  | "signatory"
  | "no_institution"
  | "membership_requested"
  | "membership_invited"
  | "coauthor"
  | "unverified";

type Locale = (typeof users.$inferInsert)["locale"];
export type DemoUser = {
  email: string;
  name: string;
  roleLabelKey: DemoRoleLabelKey;
  /** Shown on the sign-in page (stored in the demo_data setting). */
  listed: boolean;
  platformRoles?: PlatformRole[];
  locale?: Locale;
  emailVerified?: boolean;
};
export type DemoAccount = Pick<DemoUser, "email" | "name" | "roleLabelKey">;
/** The demo password is public by design (demo data is refused in production), so the sign-in page can show it. */
export type DemoDataSetting = { loaded: true; accounts: DemoAccount[]; password: string };

const at = (local: string) => `${local}@${DEMO_EMAIL_DOMAIN}`;
const user = (local: string, name: string, roleLabelKey: DemoRoleLabelKey, extra: Partial<DemoUser> = {}): DemoUser => ({
  email: at(local),
  name,
  roleLabelKey,
  listed: true,
  ...extra,
});
const owner = (local: string, name: string, locale?: Locale) => user(local, name, "owner", { listed: false, locale });

/** Every demo user; all share DEMO_PASSWORD. */
export const DEMO_USERS: readonly DemoUser[] = [
  user("admin", "Amara Okoye", "admin", { platformRoles: ["admin"] }),
  user("reviewer", "Rahul Iyer", "reviewer", { platformRoles: ["reviewer"] }),
  user("reviewer2", "Layla Hassan", "reviewer", { platformRoles: ["reviewer"], locale: "ar" }),
  // More reviewers, each in another region, so that the demo panels can be balanced and conflict-free.
  user("reviewer3", "Valentina Cárdenas", "reviewer", { platformRoles: ["reviewer"], locale: "es", listed: false }),
  user("reviewer4", "Zhang Min", "reviewer", { platformRoles: ["reviewer"], locale: "zh" }),
  user("reviewer5", "Abebe Tesfaye", "reviewer", { platformRoles: ["reviewer"], listed: false }),
  user("owner", "Wanjiru Kamau", "owner"),
  user("member", "Otieno Ochieng", "member"),
  user("signatory", "Grace Mwangi", "signatory"),
  user("no-institution", "Tomás Herrera", "no_institution", { locale: "es" }),
  user("applicant", "Kofi Mensah", "membership_requested"),
  user("invitee", "Ana Lima", "membership_invited", { locale: "pt" }),
  // Member of the Universidade de São Paulo, co-lead of the University of Nairobi's co-authored draft.
  user("coauthor", "Luísa Ferreira", "coauthor", { locale: "pt" }),
  user("unverified", "Sipho Dlamini", "unverified", { emailVerified: false }),
  user("former.member", "Peter Njoroge", "member", { listed: false }),
  owner("owner.usp", "Beatriz Santos", "pt"),
  owner("owner.iisc", "Priya Raman"),
  owner("owner.tsinghua", "Li Wei", "zh"),
  owner("owner.ucad", "Mamadou Sow", "fr"),
  owner("owner.uchile", "Camila Rojas", "es"),
  owner("owner.komdigi", "Dewi Lestari"),
  owner("owner.ngo", "Farhana Rahman"),
  owner("owner.company", "Chinedu Okafor"),
  owner("owner.auc", "Selamawit Bekele", "fr"),
  owner("owner.pacific", "Mere Tuilagi"),
  owner("owner.kampala", "Brian Mukasa"),
  owner("owner.karachi", "Ayesha Siddiqui"),
  owner("owner.mekong", "Nguyen Thi Lan"),
  // Owners of the institutions that lead the generated demo programmes (scripts/seed/programmes/generated/).
  owner("owner.cairo", "Nour El-Sayed", "ar"),
  owner("owner.rabat", "Youssef Benali", "fr"),
  owner("owner.ghana", "Akosua Owusu"),
  owner("owner.uct", "Thandiwe Nkosi"),
  owner("owner.makerere", "Joseph Ssempala"),
  owner("owner.udsm", "Neema Mushi"),
  owner("owner.uba", "Martín Fernández", "es"),
  owner("owner.uniandes", "Juliana Restrepo", "es"),
  owner("owner.pucp", "Rosa Quispe", "es"),
  owner("owner.uwi", "Andre Campbell"),
  owner("owner.chula", "Siriporn Chaiyaporn"),
  owner("owner.vnu", "Tran Van Minh"),
  owner("owner.um", "Nurul Aisyah"),
  owner("owner.lums", "Hamza Qureshi"),
  owner("owner.aub", "Rania Khoury", "ar"),
  owner("owner.upng", "Kila Wari"),
];

/** The accounts the sign-in page offers. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = DEMO_USERS.filter((u) => u.listed).map(({ email, name, roleLabelKey }) => ({
  email,
  name,
  roleLabelKey,
}));

export type DemoInstitution = {
  key: string;
  name: string;
  acronym: string | null;
  countryCode: string;
  type: InstitutionType;
  website: string;
  emailDomains: string[];
  description: string;
  status: InstitutionStatus;
  statusReason?: string;
  /** Email of the creator, who is its first owner. */
  owner: string;
};

type InstitutionEntry = Omit<DemoInstitution, "website" | "emailDomains" | "status" | "owner"> & {
  domain: string;
  /** The owner's address before the domain; `owner.<key>` unless given. */
  ownerLocal?: string;
  status?: InstitutionStatus;
  moreDomains?: string[];
};
const inst = ({ domain, ownerLocal, status = "verified", moreDomains = [], ...fields }: InstitutionEntry): DemoInstitution => ({
  ...fields,
  website: domain.endsWith(".example") ? `https://${domain}` : `https://www.${domain}`,
  emailDomains: [...moreDomains, domain],
  status,
  owner: at(ownerLocal ?? `owner.${fields.key}`),
});

// Real public bodies appear only as verified; fictional organisations (".example" domains) carry
// the pending, rejected and suspended states.
export const DEMO_INSTITUTIONS: readonly DemoInstitution[] = [
  inst({ key: "nairobi", name: "University of Nairobi", acronym: "UoN", countryCode: "KE", type: "university", domain: "uonbi.ac.ke", ownerLocal: "owner",
    description: "Kenya's largest public university, with a School of Computing and Informatics active in applied AI research." }),
  inst({ key: "usp", name: "Universidade de São Paulo", acronym: "USP", countryCode: "BR", type: "university", domain: "usp.br",
    description: "Brazil's largest public university; hosts research centres on artificial intelligence and data science." }),
  inst({ key: "iisc", name: "Indian Institute of Science", acronym: "IISc", countryCode: "IN", type: "research_institute", domain: "iisc.ac.in",
    description: "Public research institute in Bengaluru for science, engineering and computational data science." }),
  inst({ key: "tsinghua", name: "Tsinghua University", acronym: null, countryCode: "CN", type: "university", domain: "tsinghua.edu.cn",
    description: "Research university in Beijing with a long record in computer science and AI education." }),
  inst({ key: "ucad", name: "Université Cheikh Anta Diop de Dakar", acronym: "UCAD", countryCode: "SN", type: "university", domain: "ucad.sn",
    description: "Senegal's oldest university, training engineers and researchers for West Africa." }),
  inst({ key: "uchile", name: "Universidad de Chile", acronym: null, countryCode: "CL", type: "university", domain: "uchile.cl",
    description: "Chile's national public university, with research in data science and AI for public policy." }),
  inst({ key: "komdigi", name: "Ministry of Communication and Digital Affairs", acronym: "Komdigi", countryCode: "ID", type: "government_agency", domain: "komdigi.go.id",
    description: "Indonesian ministry responsible for digital policy, infrastructure and talent programmes." }),
  inst({ key: "ngo", name: "Bangla Digital Futures Foundation", acronym: "BDFF", countryCode: "BD", type: "ngo", domain: "bangla-digital-futures.example",
    description: "Bangladeshi non-profit teaching data and AI skills to young people and community health workers." }),
  inst({ key: "company", name: "Lagos Data Labs Ltd", acronym: "LDL", countryCode: "NG", type: "company", domain: "lagos-data-labs.example",
    description: "Nigerian start-up building speech and language models for Yoruba, Igbo and Hausa." }),
  inst({ key: "auc", name: "African Union Commission", acronym: "AUC", countryCode: "ET", type: "intergovernmental_organisation", domain: "au.int", moreDomains: ["africa-union.org"],
    description: "Secretariat of the African Union in Addis Ababa; coordinates the continental AI strategy." }),
  inst({ key: "pacific", name: "The University of the South Pacific", acronym: "USP", countryCode: "FJ", type: "university", domain: "usp.ac.fj",
    description: "Regional university owned by twelve Pacific Island countries, headquartered in Suva." }),
  inst({ key: "kampala", name: "Kampala Institute of Applied AI", acronym: "KIAAI", countryCode: "UG", type: "research_institute", domain: "kampala-applied-ai.example",
    status: "pending", description: "Ugandan institute applying machine learning to agriculture and disease surveillance." }),
  inst({ key: "karachi", name: "Karachi Smart Analytics", acronym: null, countryCode: "PK", type: "company", domain: "karachi-smart-analytics.example",
    status: "rejected", description: "Analytics consultancy in Karachi.",
    statusReason: "The website and email domain could not be linked to a registered organisation. Please apply again with registration documents." }),
  inst({ key: "mekong", name: "Mekong Open Data Network", acronym: "MODN", countryCode: "VN", type: "ngo", domain: "mekong-open-data.example",
    status: "suspended", description: "Network of civil-society groups publishing open environmental data for the Mekong basin.",
    statusReason: "Suspended while a complaint about the reuse of shared datasets is investigated." }),
  // Verified public universities in every Global South region, leading the generated demo programmes.
  inst({ key: "cairo", name: "Cairo University", acronym: "CU", countryCode: "EG", type: "university", domain: "cu.edu.eg",
    description: "Egypt's largest public university, with a Faculty of Computers and Artificial Intelligence." }),
  inst({ key: "rabat", name: "Université Mohammed V de Rabat", acronym: "UM5", countryCode: "MA", type: "university", domain: "um5.ac.ma",
    description: "Public university in Rabat with engineering and computer-science schools working on Arabic and Amazigh language technology." }),
  inst({ key: "ghana", name: "University of Ghana", acronym: "UG", countryCode: "GH", type: "university", domain: "ug.edu.gh",
    description: "Ghana's oldest public university, with research on data science for health and agriculture." }),
  inst({ key: "uct", name: "University of Cape Town", acronym: "UCT", countryCode: "ZA", type: "university", domain: "uct.ac.za",
    description: "Public research university in Cape Town with centres for AI research and data-intensive science." }),
  inst({ key: "makerere", name: "Makerere University", acronym: null, countryCode: "UG", type: "university", domain: "mak.ac.ug",
    description: "Uganda's largest public university, whose AI lab works on crop disease and health diagnostics." }),
  inst({ key: "udsm", name: "University of Dar es Salaam", acronym: "UDSM", countryCode: "TZ", type: "university", domain: "udsm.ac.tz",
    description: "Tanzania's oldest public university, with computing and engineering colleges working on Kiswahili technology." }),
  inst({ key: "uba", name: "Universidad de Buenos Aires", acronym: "UBA", countryCode: "AR", type: "university", domain: "uba.ar",
    description: "Argentina's largest public university, with research in computer science, statistics and public health." }),
  inst({ key: "uniandes", name: "Universidad de los Andes", acronym: null, countryCode: "CO", type: "university", domain: "uniandes.edu.co",
    description: "University in Bogotá with research groups in machine learning, urban analytics and public policy." }),
  inst({ key: "pucp", name: "Pontificia Universidad Católica del Perú", acronym: "PUCP", countryCode: "PE", type: "university", domain: "pucp.edu.pe",
    description: "University in Lima working on Quechua and Aymara language technology and on disaster risk." }),
  inst({ key: "uwi", name: "The University of the West Indies", acronym: "UWI", countryCode: "JM", type: "university", domain: "uwi.edu",
    description: "Regional public university of the Caribbean, with campuses in Jamaica, Trinidad and Tobago and Barbados." }),
  inst({ key: "chula", name: "Chulalongkorn University", acronym: null, countryCode: "TH", type: "university", domain: "chula.ac.th",
    description: "Thailand's oldest public university, with research in AI for health, Thai language and smart cities." }),
  inst({ key: "vnu", name: "Vietnam National University, Hanoi", acronym: "VNU", countryCode: "VN", type: "university", domain: "vnu.edu.vn",
    description: "National university in Hanoi whose University of Engineering and Technology trains AI engineers." }),
  inst({ key: "um", name: "Universiti Malaya", acronym: "UM", countryCode: "MY", type: "university", domain: "um.edu.my",
    description: "Malaysia's oldest public university, with research in data science, Islamic finance and public health." }),
  inst({ key: "lums", name: "Lahore University of Management Sciences", acronym: "LUMS", countryCode: "PK", type: "university", domain: "lums.edu.pk",
    description: "University in Lahore whose school of science and engineering works on Urdu language technology and energy." }),
  inst({ key: "aub", name: "American University of Beirut", acronym: "AUB", countryCode: "LB", type: "university", domain: "aub.edu.lb",
    description: "University in Beirut with research in Arabic natural-language processing, water and public health." }),
  inst({ key: "upng", name: "University of Papua New Guinea", acronym: "UPNG", countryCode: "PG", type: "university", domain: "upng.ac.pg",
    description: "Papua New Guinea's national university in Port Moresby, training scientists and public servants." }),
];

export type DemoMembership = {
  key: string;
  institution: string;
  user: string;
  role: MembershipRole;
  status: MembershipStatus;
  isSignatory?: boolean;
  message?: string;
};

const ownerships: DemoMembership[] = DEMO_INSTITUTIONS.map((i) => ({
  key: `${i.key}:owner`,
  institution: i.key,
  user: i.owner,
  role: "owner",
  status: "active",
  // University of Nairobi keeps owner and signatory apart to show that they are different roles.
  isSignatory: i.key !== "nairobi",
}));

export const DEMO_MEMBERSHIPS: readonly DemoMembership[] = [
  ...ownerships,
  { key: "nairobi:member", institution: "nairobi", user: at("member"), role: "member", status: "active" },
  { key: "nairobi:signatory", institution: "nairobi", user: at("signatory"), role: "member", status: "active", isSignatory: true },
  { key: "nairobi:former", institution: "nairobi", user: at("former.member"), role: "member", status: "removed" },
  { key: "nairobi:applicant", institution: "nairobi", user: at("applicant"), role: "member", status: "requested", message: "I lead the machine-learning reading group in the Department of Computing." },
  { key: "ucad:applicant", institution: "ucad", user: at("applicant"), role: "member", status: "declined", message: "Visiting researcher, 2025." },
  { key: "usp:invitee", institution: "usp", user: at("invitee"), role: "member", status: "invited" },
  { key: "usp:coauthor", institution: "usp", user: at("coauthor"), role: "member", status: "active" },
  { key: "iisc:reviewer", institution: "iisc", user: at("reviewer"), role: "member", status: "active" },
  { key: "uchile:reviewer3", institution: "uchile", user: at("reviewer3"), role: "member", status: "active" },
  { key: "tsinghua:reviewer4", institution: "tsinghua", user: at("reviewer4"), role: "member", status: "active" },
  { key: "auc:reviewer5", institution: "auc", user: at("reviewer5"), role: "member", status: "active" },
];

/** A fixed id in the format of newId(), derived from a name so each run finds the same rows. */
export function demoId(name: string): string {
  const bytes = createHash("sha256").update(`southbridge-demo:${name}`).digest();
  let out = "";
  for (const b of bytes.subarray(0, 20)) out += ID_ALPHABET[b & 31];
  return out;
}

export type DemoSeedSummary = { usersCreated: number; institutionsCreated: number; membershipsCreated: number; auditEntries: number };

type AuditRow = typeof auditLog.$inferInsert;
const SEED_CONTEXT: AuditContext = { source: "demo-seed" };
const statusChange = (before: InstitutionStatus | null, after: InstitutionStatus): FieldChanges => ({ status: { before, after } });

/** Loads the demo data (reference data must be loaded first); a second run changes nothing. */
export async function seedDemoData(db: Executor): Promise<DemoSeedSummary> {
  await passwordHashFor(DEMO_PASSWORD); // argon2 once, before the transaction opens
  return db.transaction(async (tx) => {
    const audit: AuditRow[] = [];
    const emails = DEMO_USERS.map((u) => u.email);
    const existingUsers = await tx.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, emails));
    const userIds = new Map(existingUsers.map((u) => [u.email.toLowerCase(), u.id]));
    let usersCreated = 0;
    for (const u of DEMO_USERS) {
      if (userIds.has(u.email)) continue;
      const row = await createUser(tx, {
        id: demoId(`user:${u.email}`),
        email: u.email,
        name: u.name,
        password: DEMO_PASSWORD,
        locale: u.locale ?? "en",
        emailVerifiedAt: u.emailVerified === false ? null : new Date(),
      });
      userIds.set(u.email, row.id);
      usersCreated++;
    }
    const idOf = (email: string): string => {
      const id = userIds.get(email);
      if (!id) throw new Error(`demo seed: no user ${email}`);
      return id;
    };
    const adminId = idOf(at("admin"));

    const wanted = DEMO_USERS.flatMap((u) => (u.platformRoles ?? []).map((role) => ({ userId: idOf(u.email), role })));
    const held = await tx
      .select({ userId: platformRoles.userId, role: platformRoles.role })
      .from(platformRoles)
      .where(inArray(platformRoles.userId, [...new Set(wanted.map((w) => w.userId))]));
    for (const { userId, role } of wanted) {
      if (held.some((h) => h.userId === userId && h.role === role)) continue;
      const grantedBy = userId === adminId ? null : adminId;
      await grantPlatformRole(tx, userId, role, grantedBy);
      audit.push({ actorUserId: grantedBy, action: "user.grant_role", objectType: "user", objectId: userId, changes: { role: { before: null, after: role } }, context: SEED_CONTEXT });
    }

    const institutionIds = new Map(DEMO_INSTITUTIONS.map((i) => [i.key, demoId(`institution:${i.key}`)]));
    const idOfInstitution = (key: string): string => {
      const id = institutionIds.get(key);
      if (!id) throw new Error(`demo seed: no institution ${key}`);
      return id;
    };
    const existingInstitutions = new Set(
      (await tx.select({ id: institutions.id }).from(institutions).where(inArray(institutions.id, [...institutionIds.values()]))).map((r) => r.id),
    );
    let institutionsCreated = 0;
    for (const { key, owner: ownerEmail, status, statusReason, ...fields } of DEMO_INSTITUTIONS) {
      const id = idOfInstitution(key);
      if (existingInstitutions.has(id)) continue;
      const creator = idOf(ownerEmail);
      await createInstitution(tx, { ...fields, id, status, statusReason: statusReason ?? null, createdByUserId: creator });
      institutionsCreated++;
      const entry = { objectType: "institution", objectId: id, context: SEED_CONTEXT };
      audit.push({ ...entry, actorUserId: creator, onBehalfOfInstitutionId: id, action: "institution.register", changes: statusChange(null, "pending") });
      const decided = status === "suspended" ? "verified" : status;
      if (decided !== "pending") {
        const context = decided === "rejected" ? { ...SEED_CONTEXT, reason: statusReason } : SEED_CONTEXT;
        audit.push({ ...entry, actorUserId: adminId, action: decided === "rejected" ? "institution.reject" : "institution.verify", changes: statusChange("pending", decided), context });
      }
      if (status === "suspended") {
        audit.push({ ...entry, actorUserId: adminId, action: "institution.suspend", changes: statusChange("verified", "suspended"), context: { ...SEED_CONTEXT, reason: statusReason } });
      }
    }

    const demoUserIds = [...userIds.values()];
    const present = await tx
      .select({ id: memberships.id, institutionId: memberships.institutionId, userId: memberships.userId, liveKey: memberships.liveKey })
      .from(memberships)
      .where(and(inArray(memberships.userId, demoUserIds), inArray(memberships.institutionId, [...institutionIds.values()])));
    const presentIds = new Set(present.map((m) => m.id));
    const livePairs = new Set(present.filter((m) => m.liveKey !== null).map((m) => `${m.institutionId}:${m.userId}`));
    const ownerOf = new Map(DEMO_INSTITUTIONS.map((i) => [i.key, idOf(i.owner)]));
    let membershipsCreated = 0;
    for (const m of DEMO_MEMBERSHIPS) {
      const id = demoId(`membership:${m.key}`);
      const institutionId = idOfInstitution(m.institution);
      const userId = idOf(m.user);
      const live = m.status === "requested" || m.status === "invited" || m.status === "active";
      if (presentIds.has(id) || (live && livePairs.has(`${institutionId}:${userId}`))) continue;
      const instOwner = ownerOf.get(m.institution) ?? null;
      const decided = m.status !== "requested" && m.status !== "invited";
      await addMembership(tx, {
        id,
        institutionId,
        userId,
        role: m.role,
        status: m.status,
        isSignatory: m.isSignatory ?? false,
        message: m.message ?? null,
        invitedByUserId: m.status === "invited" ? instOwner : null,
        decidedByUserId: decided && instOwner !== userId ? instOwner : null,
      });
      membershipsCreated++;
    }

    // Each entry joins the tamper-evident audit chain as the kernel's commit() chains it: inserted,
    // then sealed by the chain steps (which read last_insert_id(), so one row at a time).
    for (const entry of audit) {
      await tx.insert(auditLog).values(entry);
      for (const step of chainSteps()) await tx.execute((step.statement as { getSQL(): SQL }).getSQL());
    }
    const setting: DemoDataSetting = { loaded: true, accounts: [...DEMO_ACCOUNTS], password: DEMO_PASSWORD };
    await tx.insert(platformSettings).values({ key: DEMO_DATA_SETTING, value: setting }).onDuplicateKeyUpdate({ set: { value: setting } });
    return { usersCreated, institutionsCreated, membershipsCreated, auditEntries: audit.length };
  });
}

/** The demo_data setting, or null when the demo data was never loaded. */
export async function readDemoDataSetting(db: Executor): Promise<DemoDataSetting | null> {
  const [row] = await db.select().from(platformSettings).where(eq(platformSettings.key, DEMO_DATA_SETTING));
  return (row?.value as DemoDataSetting | undefined) ?? null;
}
