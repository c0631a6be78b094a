import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Markdown } from "@/components/programmes/markdown";
import type { MessageView } from "@/server/discussions/present";
import { authorName } from "./author-name";
import { mentionTexts } from "./mention-labels";

/**
 * The messages of a thread, replies indented under their message. Server-rendered (readable
 * without JavaScript); `controls` adds each message's own buttons (edit, hide) where the page has them.
 */
export async function MessageList({ locale, messages, labelledBy, controls }: { locale: string; messages: readonly MessageView[]; labelledBy?: string; controls?: (message: MessageView) => ReactNode }) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "discussions" }), getFormatter({ locale })]);
  return (
    <ol aria-labelledby={labelledBy} className="space-y-4">
      {messages.map((m) => (
        <li key={m.id} id={`message-${m.id}`} className={`rounded border border-gray-200 p-3 ${m.parentId ? "ms-6 bg-gray-50 sm:ms-10" : ""}`}>
          <p className="mb-2 flex flex-wrap items-baseline gap-x-2 text-sm text-gray-700">
            {m.parentId && <span className="font-medium text-gray-600">{t("inReplyTo")}</span>}
            <span className="font-semibold text-gray-900">
              {/* A name is user content (isolated for bidirectional text and the reader's language); "Reviewer 2" is ours. */}
              {m.author.kind === "reviewer" && !m.author.name ? authorName(t, m.author) : <bdi>{authorName(t, m.author)}</bdi>}
            </span>
            <time dateTime={m.createdAt}>{format.dateTime(new Date(m.createdAt), { dateStyle: "medium", timeStyle: "short" })}</time>
            {m.edited && <span>({t("edited")})</span>}
          </p>
          {m.body === null ? <p className="text-sm text-gray-700 italic">{t("hidden", { reason: m.hiddenReason ?? "" })}</p> : (
            <Markdown headingLevel={4} highlight={mentionTexts(t, m.mentions)}>
              {m.body}
            </Markdown>
          )}
          {controls?.(m)}
        </li>
      ))}
    </ol>
  );
}
