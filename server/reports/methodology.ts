// The default methodology notes of a new report. English user content (like a narrative), stored
// with each report and editable by the admin before publication — not a UI string.
export const DEFAULT_METHODOLOGY = `## How these figures are made

All figures are computed by the platform from its own records for the period shown (first and last day included, UTC). While a report is a draft they are recomputed on every view; publishing freezes them as they were at that moment, and later changes never alter a published report. A correction is published as a new report that supersedes this one; both remain available.

**Programmes.** A programme is counted when it was submitted at least once, created on or before the last day of the period, and not closed (completed, cancelled, rejected or withdrawn) before its first day. Programmes are counted by their status at the time of computation. The breakdowns by working area, sector, cooperation mechanism, region and hub country count approved programmes only (approved, open, active, completed or cancelled). A programme with several sectors is counted once in each. Regions are the UN M49 regions of the hub country.

**Institutions.** Verified institutions registered on or before the last day of the period, by country and type.

**Participation.** Applications made during the period, by their status at the time of computation; institutions participating are the distinct institutions with an accepted participation decided on or before the last day of the period.

**Decisions.** Decisions on proposals taken during the period, by outcome. The approval rate is approvals divided by final decisions (approvals plus rejections); requests for changes are not final and are not in the denominator, which is shown beside the rate. The median time to decision is measured in days from the submission of the revision decided to the decision, over the decisions of the period; n is shown beside it.

**Recusals.** Reviewer seats given up during the period because of a conflict of interest.

**Agreements and data flows.** Data-sharing agreements in force on the last day of the period (or on the day of computation, if earlier), and the pairs of countries between which they allow personal or non-personal data to be transferred (origin → destination, one count per agreement).

**Budgets.** Total budgets of the approved programmes counted above, by working area, and their funding sources by contributing side (lead institution, partner institutions, external funders). Amounts in different currencies are never added together.

## Small numbers

To protect the institutions behind small numbers, every count below the report's threshold (5 unless stated otherwise) is shown as "<5", in the pages, the JSON and the CSV alike. So that a hidden count cannot be worked out by subtracting the others from a total, a breakdown never hides exactly one of its parts: the next smallest part is hidden too. A rate or median based on a hidden count is not shown, nor is the denominator of the approval rate when approvals or rejections are hidden. A budget amount is not shown when fewer than 5 programmes contribute to it, and never alone within one currency.
`;
