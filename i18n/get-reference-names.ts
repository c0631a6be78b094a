import { getTranslations } from "next-intl/server";
import { referenceNames, type ReferenceNames } from "./reference-names";

/** Reference names in `locale` for Server Components (see reference-names.ts). */
export async function getReferenceNames(locale: string): Promise<ReferenceNames> {
  const t = await getTranslations({ locale, namespace: "reference" });
  return referenceNames(locale, t);
}
