"use client";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { useRouter } from "@/i18n/navigation";

/** A refused admin action: the translated reason and a way to load the latest state. */
export function ActionError({ message }: { message: string }) {
  const t = useTranslations("admin.actions");
  const router = useRouter();
  const [reloading, startReload] = useTransition();
  return (
    <div role="alert" className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
      <span>{message}</span>
      <button
        type="button"
        onClick={() => startReload(() => router.refresh())}
        disabled={reloading}
        className="font-medium text-red-900 underline hover:no-underline disabled:opacity-60"
      >
        {reloading ? t("reloading") : t("reload")}
      </button>
    </div>
  );
}
