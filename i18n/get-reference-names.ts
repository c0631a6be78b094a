import { getTranslations } from "next-intl/server";
import { referenceNames, type ReferenceNames } from "./reference-names";

// stateless-ok: immutable reference data, rebuilt per process
const byLocale = new Map<string, Promise<ReferenceNames>>();

/**
 * Reference names in `locale` for Server Components (see reference-names.ts): built once per
 * locale per process — the catalogue files and CLDR do not change while the process runs.
 */
export function getReferenceNames(locale: string): Promise<ReferenceNames> {
  let names = byLocale.get(locale);
  if (!names) {
    names = getTranslations({ locale, namespace: "reference" }).then((t) => referenceNames(locale, t));
    byLocale.set(locale, names);
    names.catch(() => byLocale.delete(locale));
  }
  return names;
}
