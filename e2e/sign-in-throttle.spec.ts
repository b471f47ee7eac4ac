import { expect, test } from "@playwright/test";
import { newUser, signInViaApi, signUp } from "./fixtures";

test("repeated wrong passwords for one email are slowed down with a clear 429", async ({ page, browser }) => {
  const user = newUser();
  await signUp(page, user);
  await page.context().clearCookies();

  for (let attempt = 1; attempt <= 5; attempt += 1) {
    // A fresh page per attempt, so the previous attempt's identical message can't satisfy the check.
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(`wrong-password-${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password. Check both and try again.");
  }
  // The right password no longer gets through either until the window passes.
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("Too many failed sign-ins for this email. Wait 15 minutes and try again.");
  await expect(page).toHaveURL(/\/sign-in/);

  // Over HTTP, the credentials endpoint says 429 with a reason and a Retry-After.
  const context = await browser.newContext();
  const response = await signInViaApi(context.request, user);
  expect(response.status()).toBe(429);
  expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe("rate_limited");
  expect(body.error.message).toContain("Too many failed sign-ins for this email");
  await context.close();
});

test("a correct sign-in through the form lands on the accounts list", async ({ page }) => {
  const user = newUser();
  await signUp(page, user);
  await page.context().clearCookies();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/accounts$/);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
});
