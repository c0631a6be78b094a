import { AGREEMENT_TEMPLATES } from "./templates";

/** The templates a new agreement may start from, with their full prefilled content. */
export function listTemplates() {
  return AGREEMENT_TEMPLATES.map((t) => ({ code: t.code, title: t.title, description: t.description, personalData: t.personalData, content: t.content }));
}
