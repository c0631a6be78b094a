"use client";
import type { Section } from "@/server/coauthoring/schemas";
import { BasicsSection } from "../form-basics-section";
import { BudgetSection } from "../form-budget-section";
import { OutcomesSection } from "../form-outcomes-section";
import { PlacesSection } from "../form-places-section";
import { ScheduleSection } from "../form-schedule-section";
import type { SectionProps } from "../form-types";

/**
 * A co-authoring section's fields, drawn by the proposal form's own section components showing
 * only this section's fields (scope's fields sit in three of the form's parts).
 */
export function SectionFields({ section, leadInstitutionId, ...props }: SectionProps & { section: Section; leadInstitutionId: string }) {
  switch (section) {
    case "basics":
      return <BasicsSection {...props} />;
    case "scope":
      return (
        <>
          <BasicsSection {...props} />
          <PlacesSection {...props} leadInstitutionId={leadInstitutionId} />
          <ScheduleSection {...props} />
        </>
      );
    case "schedule":
      return <ScheduleSection {...props} />;
    case "budget":
      return <BudgetSection {...props} />;
    case "outcomes":
      return <OutcomesSection {...props} />;
  }
}
