"use client";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { useRouter } from "@/i18n/navigation";

/** A refused action: the translated reason and, when the page may be stale, a way to load the latest state. */
export function ReloadError({ message, reload = false }: { message: string; reload?: boolean }) {
  const t = useTranslations("reviews.decision");
  const router = useRouter();
  const [reloading, startReload] = useTransition();
  return (
    <div role="alert" className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
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
