import type { ComponentPropsWithoutRef } from "react";
import ReactMarkdown, { type Components } from "react-markdown";
import { remarkHighlight } from "./markdown-highlight";

type Level = 2 | 3 | 4 | 5 | 6;

const headingClass = "mt-4 mb-2 font-semibold";

/** Markdown headings mapped below the page's own headings, so the outline stays in order. */
function headings(base: Level): Components {
  const tag = (offset: number) => `h${Math.min(6, base + offset)}` as "h2" | "h3" | "h4" | "h5" | "h6";
  const make = (offset: number) =>
    function Heading({ node: _node, ...props }: ComponentPropsWithoutRef<"h1"> & { node?: unknown }) {
      const Tag = tag(offset);
      return <Tag className={headingClass} {...props} />;
    };
  // Authors often start at "##": "#" and "##" both become `base`, so the outline has no gap.
  return { h1: make(0), h2: make(0), h3: make(1), h4: make(2), h5: make(2), h6: make(2) };
}

/**
 * Renders user-written Markdown safely on the server: raw HTML is dropped (never rendered),
 * images are left out, unsafe link protocols are removed by react-markdown's URL filter,
 * and links get rel="nofollow noopener". `headingLevel` is the level a "#" or "##" heading becomes;
 * `highlight` lists phrases marked in the text (a message's "@Name" mentions).
 */
export function Markdown({ children, headingLevel = 3, highlight = [] }: { children: string; headingLevel?: Level; highlight?: readonly string[] }) {
  const components: Components = {
    ...headings(headingLevel),
    a: ({ node: _node, ...props }) => <a {...props} rel="nofollow noopener" className="text-brand-700 underline" />,
    p: ({ node: _node, ...props }) => <p className="mb-3" {...props} />,
    ul: ({ node: _node, ...props }) => <ul className="mb-3 list-disc ps-6" {...props} />,
    ol: ({ node: _node, ...props }) => <ol className="mb-3 list-decimal ps-6" {...props} />,
    blockquote: ({ node: _node, ...props }) => <blockquote className="mb-3 border-s-4 border-gray-300 ps-3 text-gray-700" {...props} />,
    code: ({ node: _node, ...props }) => <code className="rounded bg-gray-100 px-1 font-mono text-sm" {...props} />,
    pre: ({ node: _node, ...props }) => <pre className="mb-3 overflow-x-auto rounded bg-gray-100 p-3 text-sm" dir="ltr" {...props} />,
  };
  return (
    <div dir="auto" className="max-w-prose break-words">
      <ReactMarkdown skipHtml disallowedElements={["img"]} unwrapDisallowed components={components} remarkPlugins={highlight.length ? [remarkHighlight(highlight)] : []}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
