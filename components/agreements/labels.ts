// Names for codes shown on the agreement pages (countries, safeguards, residual risks), with a
// readable fallback when a catalogue has no entry. Works with server and client translators.
type Translator = { has: (key: string) => boolean; (key: string): string };

export const countryName = (locale: string) => {
  const names = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
  return (code: string) => (/^[A-Z]{2}$/.test(code) ? (names.of(code) ?? code) : code);
};

/** The translated name of a safeguard code (agreementChecks.safeguards.<code>), or the code made readable. */
export const safeguardName = (tChecks: Translator) => (code: string) =>
  tChecks.has(`safeguards.${code}`) ? tChecks(`safeguards.${code}`) : code.replace(/_/g, " ");

/** The translated residual-risk level (agreementChecks.residualRisk.<level>). */
export const riskName = (tChecks: Translator) => (level: string) =>
  tChecks.has(`residualRisk.${level}`) ? tChecks(`residualRisk.${level}`) : level;

/** A problem key from the checks ("agreementChecks.safeguardNotAccepted" or a "validation.*" key) as text. */
export const problemText = (tAll: Translator, fallback: string) => (key: string) => (tAll.has(key) ? tAll(key) : fallback);
