import { expect, test } from "@playwright/test";
import { unique, signUpTenant } from "../fixtures";

test("another tenant's account pages are the same 404 as a missing account", async ({ browser }) => {
  const { context: aContext, page: a, handle: handleA } = await signUpTenant(browser, { userName: "Tenant A", handlePrefix: "tenant-a", accountName: "Tenant A Shop" });
  await aContext.close();

  const { context: bContext, page: b, handle: handleB } = await signUpTenant(browser, { userName: "Tenant B", handlePrefix: "tenant-b", accountName: "Tenant B Shop" });

  const missing = unique("nobody");
  const missingResponse = await b.goto(`/a/${missing}`);
  expect(missingResponse?.status()).toBe(404);
  const missingText = await b.locator("main").innerText();

  for (const path of [`/a/${handleA}`, `/a/${handleA}/settings`, `/a/${handleA}/settings/members`]) {
    const response = await b.goto(path);
    expect(response?.status(), path).toBe(404);
    expect(await b.locator("main").innerText()).toBe(missingText);
    await expect(b.getByText("Tenant A Shop")).toHaveCount(0);
  }
  await bContext.close();
});

test("signed-out visitors are sent to sign in", async ({ page }) => {
  await page.goto(`/a/${unique("any")}/settings`);
  await expect(page).toHaveURL(/\/sign-in/);
});
