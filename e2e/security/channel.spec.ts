import { expect, test, type Page } from "@playwright/test";
import { createAccountInUi, newUser, signInViaApi, signUp, unique, addMemberInUi, signUpTenant } from "../fixtures";

async function revealSecret(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Reveal" }).click();
  const field = page.getByTestId("channel-secret");
  await expect(field).toHaveText(/^[0-9a-f]{64}$/);
  return (await field.textContent())!;
}

test("another tenant's channel settings are the same 404 as a missing account", async ({ browser }) => {
  const { context: aContext, page: a, handle: handleA } = await signUpTenant(browser, { userName: "Channel Tenant A", handlePrefix: "chan-a", accountName: "Channel Tenant A Shop" });
  await aContext.close();

  const { context: bContext, page: b, handle: handleB } = await signUpTenant(browser, { userName: "Channel Tenant B", handlePrefix: "chan-b", accountName: "Channel Tenant B Shop" });

  const missing = await b.goto(`/a/${unique("nobody")}/settings/channel`);
  expect(missing?.status()).toBe(404);
  const missingText = await b.locator("main").innerText();

  const response = await b.goto(`/a/${handleA}/settings/channel`);
  expect(response?.status()).toBe(404);
  expect(await b.locator("main").innerText()).toBe(missingText);
  await expect(b.getByText("Channel Tenant A Shop")).toHaveCount(0);
  await expect(b.getByText(`/api/platform/webhook/${handleA}`)).toHaveCount(0);
  await bContext.close();
});

test("an analyst sees no secret and can't rotate it, even by forcing the form", async ({ browser }) => {
  // Two sign-ups through the UI, an API sign-in and two browsers: more than the default minute on a busy 2-core box.
  test.slow();
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  const analystContext = await browser.newContext();
  const analystPage = await analystContext.newPage();

  const analyst = newUser("Channel Analyst");
  await signUp(analystPage, analyst);
  await analystContext.clearCookies();

  await signUp(owner, newUser("Channel Owner"));
  const handle = unique("chan");
  await createAccountInUi(owner, { handle, name: "Channel Shop" });
  await addMemberInUi(owner, handle, analyst.email, "analyst");
  await expect(owner.getByRole("listitem", { name: analyst.email })).toBeVisible();
  await owner.goto(`/a/${handle}/settings/channel`);
  const secretBefore = await revealSecret(owner);

  expect((await signInViaApi(analystContext.request, analyst)).status()).toBe(302);
  await analystPage.goto(`/a/${handle}`);
  await expect(analystPage.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Channel" })).toHaveCount(0);

  await analystPage.goto(`/a/${handle}/settings/channel`);
  await expect(analystPage.getByText("Your role (Analyst) can't change this account's settings.")).toBeVisible();
  await expect(analystPage.getByTestId("channel-secret")).toHaveText("•".repeat(32));
  await expect(analystPage.getByRole("button", { name: "Reveal" })).toHaveCount(0);
  await expect(analystPage.getByRole("button", { name: "Rotate secret" })).toBeDisabled();
  expect(await analystPage.content()).not.toContain(secretBefore);

  // Forcing the form open doesn't help: the server action checks the role itself.
  await analystPage.locator("fieldset").evaluate((el) => el.removeAttribute("disabled"));
  await analystPage.getByRole("button", { name: "Rotate secret" }).click();
  await analystPage.getByRole("button", { name: "Yes, rotate the secret" }).click();
  await expect(analystPage.getByRole("alert").filter({ hasText: "can't change this account's settings" })).toBeVisible();

  await owner.goto(`/a/${handle}/settings/channel`);
  expect(await revealSecret(owner)).toBe(secretBefore);
  await ownerContext.close();
  await analystContext.close();
});
