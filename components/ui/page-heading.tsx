import type { ReactNode } from "react";

/** THE heading of a page: its h1 and intro, then what belongs under them (a section nav, links). */
export function PageHeading({ title, intro, introClassName = "mb-6 text-gray-700", children }: { title: ReactNode; intro: ReactNode; introClassName?: string; children?: ReactNode }) {
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{title}</h1>
      <p className={introClassName}>{intro}</p>
      {children}
    </>
  );
}
