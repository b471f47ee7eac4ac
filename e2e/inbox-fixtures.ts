import { expect, type Browser, type Page } from "@playwright/test";

/**
 * A phone with no Friendcast login adds the account from its QR page (giving a display name) and
 * lands in its chat. Any dialog the page opens is recorded and dismissed, so a test can assert that
 * nothing in a message ran as script.
 */
export async function addFriend(browser: Browser, handle: string, name: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(`/@${handle}/add`);
  await page.getByLabel("Your name (optional)").fill(name);
  await page.getByRole("button", { name: "Add friend" }).click();
  await expect(page).toHaveURL(/\/f\/[0-9a-f]{32}$/);
  return { context, page, inboxUrl: page.url(), dialogs };
}

/** The follower's chat with one account. */
export function chatRoom(page: Page, accountName: string) {
  return page.getByRole("main", { name: `Messages from ${accountName}` });
}
