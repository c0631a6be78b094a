import { expect, type Locator, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";

/**
 * Opens /en/notifications until the notification with this exact text is listed (the app
 * sends notifications just after answering, so the first load may be a moment early), checks
 * the page with axe and returns the notification's link.
 */
export async function findNotification(page: Page, text: string, what: string): Promise<Locator> {
  const link = page.getByRole("list", { name: "Your latest notifications" }).getByRole("link", { name: text, exact: true });
  await expect(async () => {
    await page.goto("/en/notifications");
    await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
    await expect(link).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expectAccessible(page, what);
  return link;
}
