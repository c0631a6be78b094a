/** The agreement templates a new agreement may start from (their content: templates.ts). */
export const TEMPLATE_CODES = ["joint_lab_training", "pilot_personal_data", "open_non_personal"] as const;
export type TemplateCode = (typeof TEMPLATE_CODES)[number];
