import type { ReactNode } from "react";

/** The narrow, centred column shared by the account forms. */
export function AuthPage({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-md">
      <h1 className="mb-2 text-2xl font-bold sm:text-3xl">{title}</h1>
      {intro && <p className="mb-6 text-gray-700">{intro}</p>}
      {children}
    </div>
  );
}

export const linkClass = "font-medium text-brand-700 underline hover:text-brand-800";
