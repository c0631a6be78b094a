import { Markdown } from "@/components/programmes/markdown";
import type { DocumentName } from "@/i18n/documents";

/**
 * A help document as a page: its title as the page's only h1, the Markdown below it (its "##"
 * headings become h2), rendered on the server with the project's safe Markdown renderer. No
 * script, no client messages: the text is in the HTML. The document is read by the page
 * (server/pages/public/documents.ts, through app/[locale]/(public)/document-route.tsx).
 */
export function DocumentPage({ name, title, body }: { name: DocumentName; title: string; body: string }) {
  return (
    <article className="mx-auto max-w-3xl" data-document={name}>
      <h1 className="mb-6 text-2xl font-bold sm:text-3xl">{title}</h1>
      <div className="[&_h2]:mt-8 [&_h2]:text-xl [&_h2]:font-bold [&_li]:mb-1">
        <Markdown headingLevel={2}>{body}</Markdown>
      </div>
    </article>
  );
}
