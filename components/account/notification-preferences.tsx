"use client";
import "@/components/forms/zod-jitless";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { Field } from "@/components/forms/field";
import { useMutationForm } from "@/components/forms/use-mutation-form";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/i18n/navigation";
import { EMAIL_DELIVERIES, NOTIFICATION_GROUPS, type EmailPreferences } from "@/server/notifications/email-preferences";
import { updateNotificationPreferencesInput } from "@/server/notifications/schemas";

const preferenceFields = updateNotificationPreferencesInput.omit({ version: true });

/** The account's "Notifications" section: for each group of notifications, how its emails are sent (a stale form is refused: CONFLICT). */
export function NotificationPreferences({ preferences, version }: { preferences: EmailPreferences; version: number }) {
  const t = useTranslations("notifications.preferences");
  const trpc = useTRPC();
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const kit = useMutationForm({
    schema: preferenceFields,
    defaultValues: preferences,
    mutation: trpc.notifications.updatePreferences.mutationOptions({ onSuccess: () => startRefresh(() => router.refresh()) }),
    toInput: (values) => ({ ...values, version }),
  });
  const saved = kit.mutation.isSuccess && !refreshing;
  return (
    <section aria-labelledby="notification-preferences-title" className="mb-8 rounded border border-gray-200 bg-white p-4 sm:p-6">
      <h2 id="notification-preferences-title" className="mb-2 text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="mb-4 text-gray-700">{t("intro")}</p>
      <form method="post" onSubmit={kit.onSubmit} noValidate>
        {kit.formError && <Alert tone="error">{kit.formError}</Alert>}
        {NOTIFICATION_GROUPS.map((group) => (
          <Field key={group} id={`email-${group}`} group label={t(`groups.${group}.label`)} hint={t(`groups.${group}.hint`)} error={kit.fieldError(group)}>
            <div className="flex flex-wrap gap-x-6 gap-y-2">
              {EMAIL_DELIVERIES.map((delivery) => (
                <label key={delivery} className="inline-flex items-center gap-2">
                  <input type="radio" value={delivery} {...kit.form.register(group)} />
                  {t(`deliveries.${delivery}`)}
                </label>
              ))}
            </div>
          </Field>
        ))}
        {saved && <Alert tone="success">{t("saved")}</Alert>}
        <Button type="submit" disabled={kit.busy && !saved}>
          {kit.mutation.isPending ? t("saving") : t("save")}
        </Button>
      </form>
    </section>
  );
}
