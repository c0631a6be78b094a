"use client";
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";

/** The `<signIn>` and `<reset>` tags of a message that sends a person to sign in or to ask for a reset link. */
export const signInOrResetLinks = {
  signIn: (chunks: ReactNode) => (
    <Link href="/sign-in" className="font-medium underline">
      {chunks}
    </Link>
  ),
  reset: (chunks: ReactNode) => (
    <Link href="/forgot-password" className="font-medium underline">
      {chunks}
    </Link>
  ),
};
