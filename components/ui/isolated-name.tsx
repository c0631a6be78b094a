import { Fragment, type ReactNode } from "react";

/**
 * A translated text quoting a name (an institution's, a person's) with every occurrence of the
 * name isolated in <bdi>: user content keeps its own direction inside right-to-left text, and
 * is marked as user content, not as the page's language. Use it for accessible names built from
 * a message with {name}, as the content of an sr-only span instead of an aria-label attribute
 * (an attribute cannot mark part of its value).
 */
export function IsolatedName({ text, name }: { text: string; name: string }): ReactNode {
  if (!name) return text;
  const parts = text.split(name);
  return parts.map((part, index) => (
    <Fragment key={index}>
      {part}
      {index < parts.length - 1 && <bdi>{name}</bdi>}
    </Fragment>
  ));
}
