import type { MentionCandidate } from "@/server/discussions/mentions";
import type { ThreadSummary } from "./thread-list";
import { StartThreadForm } from "./start-thread-form";
import { ThreadList } from "./thread-list";

type Listed = { closed: boolean; canStart: boolean; mentionable: readonly MentionCandidate[]; threads: readonly ThreadSummary[] };
type ProposalAudience = "parties" | "parties_and_reviewers" | "panel";

/** The threads of a proposal, one section per audience the page shows, each with its start form for those who may write. */
export function ProposalDiscussions({ locale, programmeId, lists }: { locale: string; programmeId: string; lists: readonly (readonly [ProposalAudience, Listed])[] }) {
  return (
    <>
      {lists.map(([audience, list]) => (
        <ThreadList key={audience} locale={locale} id={`discussions-${audience}`} audience={audience} threads={list.threads} closed={list.closed}>
          {list.canStart && <StartThreadForm target={{ audience, programmeId }} mentionable={list.mentionable} />}
        </ThreadList>
      ))}
    </>
  );
}

/** The clause threads of an agreement version, beside its terms; closed once the version is sent for signature. */
export function ClauseDiscussions({ locale, agreementId, list }: { locale: string; agreementId: string; list: Listed }) {
  return (
    <ThreadList locale={locale} id="discussions-clause" audience="clause" threads={list.threads} closed={list.closed}>
      {list.canStart && <StartThreadForm target={{ audience: "clause", agreementId }} mentionable={list.mentionable} />}
    </ThreadList>
  );
}
