import { expect, test } from "@playwright/test";
import { createAccountInUi, newUser, signUp, unique } from "./fixtures";

test("a visitor scans the QR, adds the account as a friend and lands in their chat; a re-scan is the same friend", async ({ browser, baseURL }) => {
  // A sign-up, an account and three browsers: more than the default minute on a busy 2-core box.
  test.slow();
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await signUp(owner, newUser("Shop Owner"));
  const handle = unique("cafe");
  await createAccountInUi(owner, { handle, name: "Green Café", category: "Café", area: "Shibuya" });
  await expect(owner).toHaveURL(new RegExp(`/a/${handle}$`));
  await ownerContext.close();

  // A phone with no Friendcast login.
  const phone = await browser.newContext();
  const page = await phone.newPage();
  const profile = await page.goto(`/@${handle}`);
  expect(profile?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Green Café" })).toBeVisible();
  await expect(page.getByText("Local business · Café · Shibuya")).toBeVisible();
  await expect(page.getByRole("img", { name: `QR code to add @${handle} as a friend` }).locator("svg")).toBeVisible();

  // The poster: the same QR, the name and handle, and the URL the QR opens, on one A4 sheet.
  await page.getByRole("link", { name: "Printable poster (A4)" }).click();
  await expect(page).toHaveURL(new RegExp(`/@${handle}/poster$`));
  const poster = page.getByRole("main", { name: "Add-friend poster" });
  await expect(poster.getByRole("img", { name: `QR code to add @${handle} as a friend` }).locator("svg")).toBeVisible();
  await expect(poster.getByRole("heading", { name: "Green Café" })).toBeVisible();
  await expect(poster.getByText(`@${handle}`, { exact: true })).toBeVisible();
  await expect(poster.getByText(`${baseURL}/@${handle}/add`, { exact: true })).toBeVisible();
  expect(await page.locator("style").allTextContents()).toContainEqual(expect.stringContaining("@page { size: A4;"));
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print poster" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });

  // Tapping through to the add page, as the QR would.
  await page.goto(`/@${handle}`);
  await page.getByRole("link", { name: "Add friend" }).click();
  await expect(page).toHaveURL(new RegExp(`/@${handle}/add$`));
  await page.getByLabel("Your name (optional)").fill("Mika");
  await page.getByRole("button", { name: "Add friend" }).click();
  await expect(page).toHaveURL(/\/f\/[0-9a-f]{32}$/);
  const inboxUrl = page.url();
  await expect(page.getByRole("heading", { name: "Green Café" })).toBeVisible();
  await expect(page.getByText("No messages yet — Green Café will send news and coupons here.")).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);

  // Scanning again on the same phone opens the same chat: an inbox token belongs to exactly one follower.
  await page.goto(`/@${handle}/add`);
  await page.getByRole("button", { name: "Add friend" }).click();
  await expect(page).toHaveURL(/\/f\/[0-9a-f]{32}$/);
  expect(page.url()).toBe(inboxUrl);

  // Another phone becomes another friend.
  const otherPhone = await browser.newContext();
  const other = await otherPhone.newPage();
  await other.goto(`/@${handle}/add`);
  await other.getByRole("button", { name: "Add friend" }).click();
  await expect(other).toHaveURL(/\/f\/[0-9a-f]{32}$/);
  expect(other.url()).not.toBe(inboxUrl);
  await otherPhone.close();
  await phone.close();
});

test("unknown handles and inbox links are 404s", async ({ page }) => {
  for (const path of [`/@${unique("nobody")}`, `/@${unique("nobody")}/poster`, `/@${unique("nobody")}/add`, `/f/${"0".repeat(32)}`, "/f/not-a-token"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});
