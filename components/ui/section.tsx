import type { ReactNode } from "react";

/** A page section named by its heading (`aria-labelledby`): THE h2 + content block of the pages. */
export function Section({
  id,
  title,
  className = "mb-8",
  headingClassName = "mb-3 text-xl font-semibold",
  children,
}: {
  id: string;
  title: ReactNode;
  className?: string;
  headingClassName?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className || undefined}>
      <h2 id={id} className={headingClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
