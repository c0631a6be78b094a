/** The schedule most demo programmes after approval share. */
export const LIFECYCLE_DATES = { startDate: "2027-05-01", endDate: "2028-10-31", applicationDeadline: "2027-03-31" };
