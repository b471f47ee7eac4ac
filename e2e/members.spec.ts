import { expect, test } from "@playwright/test";
import { createAccountInUi, newUser, signInViaApi, signUp, unique } from "./fixtures";

test("an owner adds an analyst, who can read but not change settings", async ({ browser }) => {
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  const analystContext = await browser.newContext();
  const analystPage = await analystContext.newPage();

  const analyst = newUser("Aki Analyst");
  await signUp(analystPage, analyst);
  await analystContext.clearCookies();

  await signUp(owner, newUser("Olivia Owner"));
  const handle = unique("town");
  await createAccountInUi(owner, { handle, name: "Minato City", kind: "municipality", category: "City office" });
  await owner.goto(`/a/${handle}/settings/members`);
  await owner.getByLabel("Email of a signed-up user").fill(analyst.email);
  await owner.getByLabel("Role", { exact: true }).selectOption("analyst");
  await owner.getByRole("button", { name: "Add member" }).click();
  await expect(owner.locator("form").getByRole("status")).toHaveText(`Added ${analyst.email}.`);
  await expect(owner.getByRole("listitem", { name: analyst.email })).toBeVisible();

  // The analyst signs in through the API and finds the account in their list.
  const signIn = await signInViaApi(analystContext.request, analyst);
  expect(signIn.status()).toBe(302);
  await analystPage.goto("/accounts");
  await expect(analystPage.getByRole("link", { name: /Minato City/ })).toBeVisible();

  // Settings are shown read-only, with the reason.
  await analystPage.goto(`/a/${handle}/settings`);
  await expect(analystPage.getByText("Your role (Analyst) can't change this account's settings.")).toBeVisible();
  await expect(analystPage.getByRole("button", { name: "Save profile" })).toBeDisabled();

  // Forcing the form open doesn't help: the server action checks the role itself.
  await analystPage.locator("fieldset").evaluate((el) => el.removeAttribute("disabled"));
  await analystPage.getByLabel("Name", { exact: true }).fill("Hacked by analyst");
  await analystPage.getByRole("button", { name: "Save profile" }).click();
  await expect(analystPage.getByRole("alert").filter({ hasText: "can't change this account's settings" })).toBeVisible();
  await owner.goto(`/a/${handle}`);
  await expect(owner.getByRole("heading", { name: "Minato City" })).toBeVisible();

  // Members page: no management controls for an analyst.
  await analystPage.goto(`/a/${handle}/settings/members`);
  await expect(analystPage.getByText("Your role (Analyst) can't manage members.")).toBeVisible();
  await expect(analystPage.getByRole("button", { name: "Remove" })).toHaveCount(0);

  // The owner promotes the analyst to operator, then can't remove themselves as the last owner.
  await owner.goto(`/a/${handle}/settings/members`);
  const row = owner.getByRole("listitem", { name: analyst.email });
  await row.getByLabel(`Role of ${analyst.email}`).selectOption("operator");
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(owner.getByRole("listitem", { name: analyst.email }).getByLabel(`Role of ${analyst.email}`)).toHaveValue("operator");
  const ownerRow = owner.getByRole("listitem").filter({ hasText: "(you)" });
  await ownerRow.getByRole("button", { name: "Remove" }).click();
  await expect(ownerRow.getByRole("alert")).toHaveText("This is the account's last owner and can't be removed. Make another member an owner first.");

  await ownerContext.close();
  await analystContext.close();
});
