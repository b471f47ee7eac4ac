import { expect, test } from "@playwright/test";
import { createAccountInUi, newUser, signUp, unique } from "../fixtures";

test("another tenant's account pages are the same 404 as a missing account", async ({ browser }) => {
  const aContext = await browser.newContext();
  const a = await aContext.newPage();
  await signUp(a, newUser("Tenant A"));
  const handleA = unique("tenant-a");
  await createAccountInUi(a, { handle: handleA, name: "Tenant A Shop" });
  await expect(a).toHaveURL(new RegExp(`/a/${handleA}$`));
  await aContext.close();

  const bContext = await browser.newContext();
  const b = await bContext.newPage();
  await signUp(b, newUser("Tenant B"));
  const handleB = unique("tenant-b");
  await createAccountInUi(b, { handle: handleB, name: "Tenant B Shop" });
  await expect(b).toHaveURL(new RegExp(`/a/${handleB}$`));

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
