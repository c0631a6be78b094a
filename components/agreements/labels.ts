// Names for codes shown on the agreement pages (countries, safeguards, residual risks), with a
// readable fallback when a catalogue has no entry. Works with server and client translators.
type Translator = { has: (key: string) => boolean; (key: string): string };

/** Country names in `locale` (the one function of i18n/reference-names.ts). */
export { countryNames as countryName } from "@/i18n/reference-names";

/** The translated name of a safeguard code (agreementChecks.safeguards.<code>), or the code made readable. */
export const safeguardName = (tChecks: Translator) => (code: string) =>
  tChecks.has(`safeguards.${code}`) ? tChecks(`safeguards.${code}`) : code.replace(/_/g, " ");

/** The translated residual-risk level (agreementChecks.residualRisk.<level>). */
export const riskName = (tChecks: Translator) => (level: string) =>
  tChecks.has(`residualRisk.${level}`) ? tChecks(`residualRisk.${level}`) : level;

/** A problem key from the checks ("agreementChecks.safeguardNotAccepted" or a "validation.*" key) as text. */
export const problemText = (tAll: Translator, fallback: string) => (key: string) => (tAll.has(key) ? tAll(key) : fallback);
