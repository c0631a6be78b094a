// A remark plugin that marks given phrases (a message's "@Name" mentions) in the text of a Markdown
// document: each occurrence in a text node becomes a <mark>. Code and links are left alone.
import type { Parent, Root, RootContent, Text } from "mdast";

const SKIP = new Set(["code", "inlineCode", "link", "linkReference"]);

/** Splits a text into plain parts and marked phrases (the longest phrase first where two start together). */
export function splitMarked(value: string, phrases: readonly string[]): { text: string; marked: boolean }[] {
  const wanted = [...new Set(phrases.filter(Boolean))].sort((a, b) => b.length - a.length);
  const out: { text: string; marked: boolean }[] = [];
  let rest = value;
  while (rest.length) {
    let best: { at: number; phrase: string } | null = null;
    for (const phrase of wanted) {
      const at = rest.indexOf(phrase);
      if (at >= 0 && (best === null || at < best.at)) best = { at, phrase };
    }
    if (!best) break;
    if (best.at > 0) out.push({ text: rest.slice(0, best.at), marked: false });
    out.push({ text: best.phrase, marked: true });
    rest = rest.slice(best.at + best.phrase.length);
  }
  if (rest.length) out.push({ text: rest, marked: false });
  return out;
}

function walk(node: Parent, phrases: readonly string[]) {
  const children: RootContent[] = [];
  for (const child of node.children) {
    if (child.type === "text") {
      for (const part of splitMarked(child.value, phrases)) {
        const text: Text = { type: "text", value: part.text };
        if (part.marked) text.data = { hName: "mark", hProperties: { className: ["rounded", "bg-brand-50", "px-0.5", "font-semibold", "text-brand-800"] } };
        children.push(text);
      }
    } else {
      if ("children" in child && !SKIP.has(child.type)) walk(child, phrases);
      children.push(child);
    }
  }
  node.children = children;
}

export function remarkHighlight(phrases: readonly string[]) {
  return () => (tree: Root) => {
    if (phrases.length) walk(tree, phrases);
  };
}
