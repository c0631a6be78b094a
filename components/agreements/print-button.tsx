"use client";
import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";

const subscribe = () => () => {};

/** Opens the browser's print dialog; without JavaScript only the hint (use the browser's print) shows. */
export function PrintButton() {
  const t = useTranslations("agreements");
  const hydrated = useSyncExternalStore(subscribe, () => true, () => false);
  return hydrated ? (
    <Button variant="secondary" onClick={() => window.print()}>
      {t("record.print")}
    </Button>
  ) : (
    <p className="text-sm text-gray-700">{t("record.printHint")}</p>
  );
}
