import type { ReactNode } from "react";

/** A titled section of the account page with its one-line explanation. */
export function AccountSection({ id, title, intro, className, children }: { id: string; title: string; intro: string; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="mb-2 text-xl font-semibold">
        {title}
      </h2>
      <p className="mb-4 text-gray-700">{intro}</p>
      {children}
    </section>
  );
}
