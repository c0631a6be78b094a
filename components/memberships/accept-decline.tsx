"use client";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { useActionFeedback } from "./use-action-feedback";

type Choice<E extends string> = { event: E; text: string; label: string; done: string };

/**
 * Accept or decline one membership (an invitation by the invitee, a request by an owner): two
 * buttons, one status change, the outcome announced and the page refreshed.
 */
export function AcceptDecline<A extends "accept" | "acceptInvitation", D extends "decline" | "declineInvitation">({
  membership,
  accept,
  decline,
}: {
  membership: { id: string; version: number };
  accept: Choice<A>;
  decline: Choice<D>;
}) {
  const trpc = useTRPC();
  const feedback = useActionFeedback();
  const change = useMutation(
    trpc.memberships.changeStatus.mutationOptions({
      ...feedback.handlers,
      onSuccess: (_data, vars) => feedback.succeed(vars.event === accept.event ? accept.done : decline.done),
    }),
  );
  const busy = feedback.busy(change.isPending);
  const message = feedback.message;
  const run = (event: A | D) => change.mutate({ membershipId: membership.id, version: membership.version, event });
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <Button disabled={busy} aria-label={accept.label} onClick={() => run(accept.event)}>
          {accept.text}
        </Button>
        <Button variant="secondary" disabled={busy} aria-label={decline.label} onClick={() => run(decline.event)}>
          {decline.text}
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
