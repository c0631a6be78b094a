// Notices: what a change tells people — an in-app notification and an email each — written as
// rows in the SAME atomic write as the change (so a crash loses none and a refused change
// sends none). Recipients are chosen by the database at write time (INSERT … SELECT), so no
// extra round trip is needed to find them; emails wait in `email_outbox` for the worker
// (server/outbox/), which renders them in the recipient's language. Each recipient's email
// preference (email-preferences.ts) decides, in the same statements, whether the email is queued
// now, kept for their daily digest (server/notifications/send-digests.ts) or not sent.
import { sql, type SQL } from "drizzle-orm";
import type { AtomicStep } from "@/db/client";
import { newId } from "@/db/ids";
import type { Locale } from "@/i18n/locales";
import type { PlatformRole } from "@/db/schema/users";
import type { EmailTemplate } from "../mail/templates";
import { statement } from "../workflow/statement";
import { GROUP_OF_KIND, PREFERENCE_COLUMN } from "./email-preferences";
import type { NotificationKind } from "./kinds";

/** Who is told: people chosen by id, by platform role, or by their active membership. */
export type Audience =
  | { users: readonly string[] }
  | { role: PlatformRole }
  /** Active members of these institutions (`owners`/`signatories`: only those). */
  | { membersOf: readonly string[]; only?: "owners" | "signatories" }
  /** Active members of the institutions whose participation in the programme is accepted. */
  | { participantsOf: string }
  /** The designated signatories of every party to the agreement. */
  | { signatoriesOfParties: string }
  /** The people following a discussion thread (server/discussions/). */
  | { followersOf: string }
  /** The people with an ACTIVE seat on the programme's panel who still hold the reviewer role. */
  | { panelOf: string };

export type Notice = {
  to: Audience;
  /** Nobody in these audiences is told (e.g. the lead's people, told separately). */
  except?: readonly Audience[];
  /** Only people in at least one of these audiences are told (e.g. those who may still read the thread). */
  within?: readonly Audience[];
  params: Record<string, string>;
  /** The page the notification and the email link to, without the locale. */
  path: string;
  /** Told only if this holds once the change is written (e.g. the signature brought the agreement into force). */
  onlyIf?: SQL;
} & (
  | { kind: NotificationKind; emailOnly?: false }
  /** Without an in-app notification (email only): any email template, e.g. an invitation. */
  | { kind: EmailTemplate; emailOnly: true }
);

/** An email to an address that may not belong to an account yet (verification, warnings). */
export type DirectEmail = { address: string; locale: Locale; template: EmailTemplate; params: Record<string, string>; path: string; query?: string };

const ID_SQL = sql.raw("lower(hex(random_bytes(10)))"); // 20 characters of the id alphabet (see db/ids.ts)

function memberIds(institutionIds: readonly string[], only?: "owners" | "signatories"): SQL {
  const role = only === "owners" ? sql` and m.role = 'owner'` : sql``;
  const signatory = only === "signatories" ? sql` and m.is_signatory = 1` : sql``;
  return sql`select m.user_id from memberships m where m.status = 'active' and m.institution_id in (${sql.join(
    institutionIds.map((id) => sql`${id}`),
    sql`, `,
  )})${role}${signatory}`;
}

/** The users of an audience, as a subquery of user ids (or null when it is empty). */
function audienceIds(audience: Audience): SQL | null {
  if ("users" in audience) return audience.users.length ? sql`select u2.id from users u2 where u2.id in (${sql.join(audience.users.map((id) => sql`${id}`), sql`, `)})` : null;
  if ("role" in audience) return sql`select pr.user_id from platform_roles pr where pr.role = ${audience.role}`;
  if ("membersOf" in audience) return audience.membersOf.length ? memberIds(audience.membersOf, audience.only) : null;
  if ("participantsOf" in audience) {
    return sql`select m.user_id from memberships m join participations pp on pp.institution_id = m.institution_id where m.status = 'active' and pp.programme_id = ${audience.participantsOf} and pp.status = 'accepted'`;
  }
  if ("followersOf" in audience) return sql`select tf.user_id from thread_followers tf where tf.thread_id = ${audience.followersOf}`;
  if ("panelOf" in audience) {
    return sql`select ra.reviewer_user_id from review_assignments ra join platform_roles rr on rr.user_id = ra.reviewer_user_id and rr.role = 'reviewer' where ra.programme_id = ${audience.panelOf} and ra.status = 'active'`;
  }
  return sql`select m.user_id from memberships m join agreement_parties ap on ap.institution_id = m.institution_id where m.status = 'active' and m.is_signatory = 1 and ap.agreement_id = ${audience.signatoriesOfParties}`;
}

function recipientsWhere(notice: Notice): SQL | null {
  const ids = audienceIds(notice.to);
  if (!ids) return null;
  const excluded = (notice.except ?? []).map(audienceIds).filter((q): q is SQL => q !== null);
  const onlyIf = notice.onlyIf ? sql` and exists (${notice.onlyIf})` : sql``;
  const within = (notice.within ?? []).map(audienceIds).filter((q): q is SQL => q !== null);
  if (notice.within && within.length === 0) return null;
  const inside = within.length ? sql` and (${sql.join(within.map((q) => sql`u.id in (${q})`), sql` or `)})` : sql``;
  return sql`u.id in (${ids})${inside}${sql.join(
    excluded.map((q) => sql` and u.id not in (${q})`),
    sql``,
  )}${onlyIf}`;
}

/** The rows a notice writes: the in-app notifications and the queued emails of its recipients. */
function noticeSteps(notice: Notice): AtomicStep[] {
  const where = recipientsWhere(notice);
  if (!where) return [];
  const params = JSON.stringify(notice.params);
  if (notice.emailOnly) {
    return [
      {
        statement: statement(
          sql`insert into email_outbox (id, to_address, locale, template, params, path, status, attempts, next_attempt_at, created_at) select ${ID_SQL}, u.email, u.locale, ${notice.kind}, ${params}, ${notice.path}, 'pending', 0, utc_timestamp(3), utc_timestamp(3) from users u where ${where}`,
        ),
      },
    ];
  }
  // The recipient's choice for the kind's group decides the email (no row: immediately), joined in
  // the same statements: an outbox row now, a digest item for the daily digest, or nothing.
  const choice = sql.raw(`np.${PREFERENCE_COLUMN[GROUP_OF_KIND[notice.kind]]}`);
  return [
    {
      statement: statement(
        sql`insert into notifications (id, user_id, kind, params, path, created_at) select ${ID_SQL}, u.id, ${notice.kind}, ${params}, ${notice.path}, utc_timestamp(3) from users u where ${where}`,
      ),
    },
    {
      statement: statement(
        sql`insert into email_outbox (id, to_address, locale, template, params, path, status, attempts, next_attempt_at, created_at) select ${ID_SQL}, u.email, u.locale, ${notice.kind}, ${params}, ${notice.path}, 'pending', 0, utc_timestamp(3), utc_timestamp(3) from users u left join notification_preferences np on np.user_id = u.id where ${where} and coalesce(${choice}, 'immediately') = 'immediately'`,
      ),
    },
    {
      statement: statement(
        sql`insert into notification_digest_items (id, user_id, kind, params, path, created_at) select ${ID_SQL}, u.id, ${notice.kind}, ${params}, ${notice.path}, utc_timestamp(3) from users u join notification_preferences np on np.user_id = u.id where ${where} and ${choice} = 'digest'`,
      ),
    },
  ];
}

function directEmailStep(email: DirectEmail): AtomicStep {
  return {
    statement: statement(
      sql`insert into email_outbox (id, to_address, locale, template, params, path, query, status, attempts, next_attempt_at, created_at) values (${newId()}, ${email.address}, ${email.locale}, ${email.template}, ${JSON.stringify(email.params)}, ${email.path}, ${email.query ?? null}, 'pending', 0, utc_timestamp(3), utc_timestamp(3))`,
    ),
  };
}

/** Every row the notices and direct emails of one change write, as steps of its atomic write. */
export function outboxSteps(notices: readonly Notice[] = [], emails: readonly DirectEmail[] = []): AtomicStep[] {
  return [...notices.flatMap(noticeSteps), ...emails.map(directEmailStep)];
}
