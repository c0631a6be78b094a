import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/server-link";

const buttonClass =
  "inline-flex min-h-10 items-center justify-center rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800";

/**
 * What the viewer can do next with an institution: manage it (members and admins), ask to
 * join it (other signed-in users), or sign in first (visitors). The server checks again.
 */
export async function JoinCallToAction({
  locale,
  institutionId,
  canManage,
  signedIn,
}: {
  locale: string;
  institutionId: string;
  canManage: boolean;
  signedIn: boolean;
}) {
  const t = await getTranslations({ locale, namespace: "institutions" });
  if (canManage) {
    return (
      <div className="space-y-3">
        <p className="text-gray-700">{t("detail.manageHint")}</p>
        <Link href={`/dashboard/institutions/${institutionId}`} className={buttonClass}>
          {t("detail.manage")}
        </Link>
      </div>
    );
  }
  if (signedIn) {
    return (
      <div className="space-y-3">
        <p className="text-gray-700">{t("detail.joinHint")}</p>
        <Link href={{ pathname: "/dashboard/join", query: { institution: institutionId } }} className={buttonClass}>
          {t("detail.requestToJoin")}
        </Link>
      </div>
    );
  }
  const returnTo = `/${locale}/institutions/${institutionId}`;
  return (
    <p className="text-gray-700">
      {t.rich("detail.signInHint", {
        link: (chunks) => (
          <Link href={{ pathname: "/sign-in", query: { callbackUrl: returnTo } }} className="text-brand-700 underline hover:text-brand-800">
            {chunks}
          </Link>
        ),
      })}
    </p>
  );
}
