"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/forms/use-error-text";
import { useActionFeedback } from "./use-action-feedback";

/** An owner accepts or declines one request to join. */
export function RequestActions({ request }: { request: { id: string; version: number; name: string } }) {
  const t = useTranslations("dashboard.requests");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const feedback = useActionFeedback();
  const { name } = request;
  const decide = useMutation(
    trpc.memberships.changeStatus.mutationOptions({
      onMutate: feedback.start,
      onError: feedback.fail,
      onSuccess: (_data, vars) => feedback.succeed(vars.event === "accept" ? t("accepted", { name }) : t("declined", { name })),
    }),
  );
  const busy = decide.isPending || feedback.refreshing;
  const message = errorText.message(feedback.error);
  const run = (event: "accept" | "decline") => decide.mutate({ membershipId: request.id, version: request.version, event });
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <Button disabled={busy} aria-label={t("acceptLabel", { name })} onClick={() => run("accept")}>
          {t("accept")}
        </Button>
        <Button variant="secondary" disabled={busy} aria-label={t("declineLabel", { name })} onClick={() => run("decline")}>
          {t("decline")}
        </Button>
      </div>
      {message && (
        <p role="alert" className="text-sm text-red-700">
          {message}
        </p>
      )}
    </div>
  );
}
