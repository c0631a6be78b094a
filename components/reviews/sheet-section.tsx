import type { ReactNode } from "react";

/** A titled part of the review sheet (an <h2> and a landmark-free section linked to it). */
export function SheetSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="mb-10 scroll-mt-4 border-t border-gray-200 pt-6">
      <h2 id={`${id}-title`} className="mb-3 text-2xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
