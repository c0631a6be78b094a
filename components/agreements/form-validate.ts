// What the browser can tell before saving, so that a row missing a country or an institution is
// pointed at next to its control instead of refusing the whole content. Pure.
import type { AgreementFormValues, AssessmentValues } from "./form-values";

const REQUIRED = "agreementChecks.required";

export function localProblems(v: AgreementFormValues): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const add = (path: string, key: string) => (out[path] ??= []).push(key);
  if (v.title.trim().length < 5 || v.title.trim().length > 200) add("title", "agreementChecks.titleLength");
  v.parties.forEach((p, i) => {
    if (!p.institutionId) add(`parties.${i}.institutionId`, REQUIRED);
    if (!p.role) add(`parties.${i}.role`, REQUIRED);
  });
  v.transfers.forEach((x, i) => {
    if (!/^[A-Z]{2}$/.test(x.fromCountry)) add(`transfers.${i}.fromCountry`, "agreementChecks.country");
    if (!/^[A-Z]{2}$/.test(x.toCountry)) add(`transfers.${i}.toCountry`, "agreementChecks.country");
  });
  const hours = v.breachNotificationHours.trim();
  if (hours !== "" && !(/^\d+$/.test(hours) && Number(hours) >= 1 && Number(hours) <= 720)) add("breachNotificationHours", "agreementChecks.breachHours");
  for (const field of ["effectiveDate", "expiryDate"] as const) if (v[field] !== "" && !/^\d{4}-\d{2}-\d{2}$/.test(v[field])) add(field, "agreementChecks.date");
  return out;
}

/** The impact assessment's fields as the server's schema requires them (same keys as its refusals). */
export function localAssessmentProblems(v: AssessmentValues): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const len = (s: string) => s.trim().length;
  if (len(v.risks) < 10) out.risks = ["agreementChecks.assessmentText"];
  if (len(v.mitigations) < 10) out.mitigations = ["agreementChecks.assessmentText"];
  if (!["low", "medium", "high"].includes(v.residualRisk)) out.residualRisk = ["agreementChecks.residualRiskRequired"];
  if (len(v.approvedByName) < 2) out.approvedByName = [REQUIRED];
  if (len(v.approvedByRole) < 2) out.approvedByRole = [REQUIRED];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.approvedOn)) out.approvedOn = ["agreementChecks.date"];
  return out;
}
