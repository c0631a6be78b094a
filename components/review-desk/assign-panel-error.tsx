"use client";
import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/forms/use-error-text";

const REASONS = ["lead_member", "co_lead_member", "same_country", "declared"] as const;

function facts(error: unknown): { code: string | null; details: Record<string, unknown> } {
  if (!(error instanceof TRPCClientError)) return { code: null, details: {} };
  const data = error.data as { domainCode?: string | null; details?: Record<string, unknown> | null } | undefined;
  return { code: data?.domainCode ?? null, details: data?.details ?? {} };
}

/**
 * Why the server refused the panel: a conflict of interest names the reviewer and the reason;
 * a stale version or an existing seat offers a reload (the choices stay selected).
 */
export function AssignPanelError({ error, onReload, reloading }: { error: unknown; onReload: () => void; reloading: boolean }) {
  const t = useTranslations("reviewDesk.assign");
  const tConflict = useTranslations("reviewDesk.conflicts");
  const errorText = useErrorText();
  const { code, details } = facts(error);

  let message: string;
  let reload = false;
  if (code === "CONFLICT_OF_INTEREST") {
    const reason = REASONS.find((r) => r === details.reason);
    const name = typeof details.reviewer === "string" ? details.reviewer : "";
    message = t("conflictOfInterest", { name, reason: reason ? tConflict(reason) : "" });
    reload = true;
  } else if (code === "CONFLICT") {
    message = t("stale");
    reload = true;
  } else if (code === "ALREADY_EXISTS") {
    message = details.what === "chair" ? t("chairExists") : t("alreadyAssigned");
    reload = true;
  } else if (code === "VALIDATION") {
    message = errorText.field(error, "chairId") ?? errorText.field(error, "reviewerIds") ?? errorText.message(error) ?? "";
  } else {
    message = errorText.message(error) ?? "";
    reload = code === "INVALID_TRANSITION" || code === "NOT_FOUND";
  }

  return (
    <Alert tone="error">
      <p>{message}</p>
      {reload && (
        <Button variant="secondary" className="mt-2" onClick={onReload} disabled={reloading}>
          {t("reload")}
        </Button>
      )}
    </Alert>
  );
}
