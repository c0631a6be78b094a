"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { FormError } from "@/components/forms/form-error";
import { useErrorText } from "@/components/forms/use-error-text";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/i18n/navigation";

/** Follow or stop following a thread (new messages are told to its followers). */
export function FollowButton({ threadId, following }: { threadId: string; following: boolean }) {
  const t = useTranslations("discussions.follow");
  const router = useRouter();
  const trpc = useTRPC();
  const errorText = useErrorText();
  const [refreshing, startRefresh] = useTransition();
  const follow = useMutation(trpc.discussions.follow.mutationOptions({ onSuccess: () => startRefresh(() => router.refresh()) }));
  return (
    <div className="mb-4 flex flex-wrap items-center gap-3">
      <p className="text-sm text-gray-700">{following ? t("following") : t("notFollowing")}</p>
      <Button variant="secondary" disabled={follow.isPending || refreshing} onClick={() => follow.mutate({ threadId, follow: !following })}>
        {following ? t("unfollow") : t("follow")}
      </Button>
      <FormError message={follow.error ? errorText.message(follow.error) : null} />
    </div>
  );
}
