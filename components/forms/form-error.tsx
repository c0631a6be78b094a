"use client";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { useRouter } from "@/i18n/navigation";

/**
 * A refused action's form-level message (announced: role="alert") and, when the page may be
 * stale (CONFLICT and friends), a way to load the latest state.
 */
export function FormError({ message, reload = false, className = "mt-3" }: { message: string | null | undefined; reload?: boolean; className?: string }) {
  const t = useTranslations("forms");
  const router = useRouter();
  const [reloading, startReload] = useTransition();
  if (!message) return null;
  return (
    <div role="alert" className={`${className} flex flex-wrap items-center gap-x-3 gap-y-1 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900`}>
      <span>{message}</span>
      {reload && (
        <button
          type="button"
          onClick={() => startReload(() => router.refresh())}
          disabled={reloading}
          className="font-medium text-red-900 underline hover:no-underline disabled:opacity-60"
        >
          {reloading ? t("reloading") : t("reload")}
        </button>
      )}
    </div>
  );
}
