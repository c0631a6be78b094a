"use client";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/forms/use-action";
import { FormError } from "@/components/forms/form-error";
import { useAnnounce } from "./action-status";

type Role = "reviewer" | "admin";
const ROLES: readonly Role[] = ["reviewer", "admin"];

/** Grant/revoke the platform roles of one user. An admin never sees a button to revoke their own admin role. */
export function UserRoleButtons({ userId, name, roles, isSelf }: { userId: string; name: string; roles: Role[]; isSelf: boolean }) {
  const t = useTranslations("admin.users");
  const tCommon = useTranslations("common.platformRoles");
  const announce = useAnnounce();
  const trpc = useTRPC();
  const change = useAction(
    trpc.admin.changeRole.mutationOptions({ onSuccess: (_data, { role, grant }) => announce(t(grant ? "granted" : "revoked", { name, role: tCommon(role) })) }),
    { refresh: true },
  );

  return (
    <div>
      <div className="flex flex-wrap gap-2">
        {ROLES.map((role) => {
          const has = roles.includes(role);
          if (has && role === "admin" && isSelf) return null;
          const key = `${has ? "revoke" : "grant"}.${role}`;
          return (
            <Button
              key={role}
              variant={has ? "secondary" : "primary"}
              className="min-h-9 px-3 py-1"
              disabled={change.busy}
              aria-label={t(`${key}Label`, { name })}
              onClick={() => {
                announce(null);
                change.mutation.mutate({ userId, role, grant: !has });
              }}
            >
              {t(key)}
            </Button>
          );
        })}
      </div>
      <FormError className="mt-2" message={change.errorMessage} reload />
    </div>
  );
}
