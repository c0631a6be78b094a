import type { ReactNode } from "react";

/**
 * An example address, domain or identifier inside a translated hint (`<example>` in the message):
 * not words of any language, so it is written left to right and marked `lang="zxx"` (no linguistic
 * content) — screen readers do not switch voice for it and the no-English check skips it.
 */
export function identifierExample(chunks: ReactNode) {
  return (
    <code dir="ltr" lang="zxx" className="font-mono">
      {chunks}
    </code>
  );
}
