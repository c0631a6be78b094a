"use client";
import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/forms/field";
import { useErrorText } from "@/components/forms/use-error-text";
import { useHydrated } from "@/components/auth/use-hydrated";
import { useRouter } from "@/i18n/navigation";

export type ApiTokenRow = { id: string; name: string; scope: "read" | "institution:write"; hint: string; lastUsedAt: Date | null; revokedAt: Date | null; version: number; createdAt: Date };

/** Create a personal API token (shown once), see the tokens with their last use, revoke one. */
export function ApiTokens({ tokens }: { tokens: ApiTokenRow[] }) {
  const t = useTranslations("developers.tokens");
  const format = useFormatter();
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const hydrated = useHydrated();
  const [refreshing, startRefresh] = useTransition();
  const [shown, setShown] = useState<string | null>(null);
  const refresh = () => startRefresh(() => router.refresh());
  const create = useMutation(
    trpc.apiTokens.create.mutationOptions({
      onSuccess: (created) => {
        setShown(created.token);
        refresh();
      },
    }),
  );
  const revoke = useMutation(trpc.apiTokens.revoke.mutationOptions({ onSuccess: refresh }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = data.get("name");
    create.mutate({ name: typeof name === "string" ? name : "", scope: data.get("scope") === "institution:write" ? "institution:write" : "read" });
  }

  const when = (date: Date | null) => (date ? format.dateTime(new Date(date), { dateStyle: "medium", timeStyle: "short" }) : t("never"));

  return (
    <div className="space-y-4">
      <p className="text-gray-700">{t("intro")}</p>
      {shown && (
        <Alert tone="success">
          <p className="mb-2">{t("shownOnce")}</p>
          <code className="block break-all rounded bg-gray-100 p-2 font-mono text-sm" dir="ltr" data-testid="new-api-token">
            {shown}
          </code>
        </Alert>
      )}
      {create.isError && !errorText.field(create.error, "name") && <Alert tone="error">{errorText.message(create.error)}</Alert>}
      <form onSubmit={onSubmit} className="grid gap-x-4 sm:grid-cols-2">
        <TextField label={t("name")} name="name" required maxLength={80} error={create.isError ? errorText.field(create.error, "name") : null} />
        <SelectField label={t("scope")} name="scope" defaultValue="read">
          <option value="read">{t("scopeRead")}</option>
          <option value="institution:write">{t("scopeWrite")}</option>
        </SelectField>
        <div>
          <Button type="submit" disabled={!hydrated || create.isPending || refreshing}>
            {create.isPending ? t("creating") : t("create")}
          </Button>
        </div>
      </form>
      {revoke.isError && <Alert tone="error">{errorText.message(revoke.error)}</Alert>}
      {tokens.length === 0 ? (
        <p className="text-gray-700">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-gray-200">
          {tokens.map((token) => (
            <li key={token.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
              <div>
                <p className="font-medium">
                  {token.name} <span className="font-mono text-sm text-gray-600" dir="ltr">…{token.hint}</span>
                </p>
                <p className="text-sm text-gray-600">
                  {token.scope === "read" ? t("scopeRead") : t("scopeWrite")} · {t("created")} {when(token.createdAt)} · {t("lastUsed")} {when(token.lastUsedAt)}
                  {token.revokedAt && (
                    <>
                      {" · "}
                      {t("revoked")} {when(token.revokedAt)}
                    </>
                  )}
                </p>
              </div>
              {!token.revokedAt && (
                <Button variant="danger" disabled={!hydrated || revoke.isPending || refreshing} onClick={() => revoke.mutate({ tokenId: token.id, version: token.version })}>
                  {t("revoke")}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
