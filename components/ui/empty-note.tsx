import type { ReactNode } from "react";

/** What a list says when it has nothing to show. */
export function EmptyNote({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <p className={`${className} rounded border border-dashed border-gray-300 p-4 text-gray-700`.trim()}>{children}</p>;
}
