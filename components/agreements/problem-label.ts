// The name of the field a check problem concerns, e.g. "transfers.0.safeguard" → "Cross-border transfers — Transfer 1".
type Translator = { has: (key: string) => boolean; (key: string, values?: Record<string, string | number>): string };

/** A readable label for a problem path such as "purpose", "transfers.1.safeguard" or "dataCategories.0.name". */
export function problemLabel(path: string, t: Translator): string {
  const [field = path, index] = path.split(/[.[\]]+/).filter(Boolean);
  const base = t.has(`fields.${field}`) ? t(`fields.${field}`) : field;
  if (index === undefined || !/^\d+$/.test(index)) return base;
  const n = Number(index) + 1;
  if (field === "transfers") return `${base} — ${t("form.transfer", { number: n })}`;
  if (field === "dataCategories") return `${base} — ${t("form.category", { number: n })}`;
  if (field === "parties") return `${base} — ${t("form.party", { number: n })}`;
  return base;
}
