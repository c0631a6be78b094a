import { expect, type Page } from "@playwright/test";

/** Answers the confirm step (a modal <dialog>) an irreversible action opens, in the page's language. */
export async function confirmStep(page: Page, confirm = "Confirm"): Promise<void> {
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: confirm, exact: true }).click();
  await expect(dialog).toBeHidden();
}
