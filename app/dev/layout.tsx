import type { Metadata } from "next";
import type { ReactNode } from "react";
import "../globals.css";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** Root layout for developer tools (outside the localised site; never available in production). */
export default function DevLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-gray-50 font-sans text-gray-900 antialiased">
        <main id="main" className="mx-auto w-full max-w-5xl px-4 py-6 sm:py-10">
          {children}
        </main>
      </body>
    </html>
  );
}
