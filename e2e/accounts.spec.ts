import { expect, test } from "@playwright/test";
import { createAccountInUi, newUser, signUp, unique } from "./fixtures";

test("sign up, create an account, see it in the switcher, switch, and edit its profile", async ({ page }) => {
  const user = newUser("Mika Marketer");
  await signUp(page, user);

  const first = { handle: unique("cafe"), name: "Green Café Shibuya" };
  await createAccountInUi(page, first);
  await expect(page).toHaveURL(new RegExp(`/a/${first.handle}$`));
  await expect(page.getByRole("heading", { name: first.name })).toBeVisible();

  const second = { handle: unique("brand"), name: "Sakura Apparel", kind: "brand" };
  await createAccountInUi(page, second);
  await expect(page).toHaveURL(new RegExp(`/a/${second.handle}$`));

  // Both accounts are in the switcher; switching lands on the other account's home.
  await page.locator("summary", { hasText: "Switch account" }).click();
  const switcher = page.getByRole("navigation", { name: "Switch account" });
  await expect(switcher.getByRole("link", { name: new RegExp(first.name) })).toBeVisible();
  await expect(switcher.getByRole("link", { name: new RegExp(second.name) })).toHaveAttribute("aria-current", "page");
  await switcher.getByRole("link", { name: new RegExp(first.name) }).click();
  await expect(page).toHaveURL(new RegExp(`/a/${first.handle}$`));
  await expect(page.getByRole("heading", { name: first.name })).toBeVisible();

  // The sidebar holds only sections that exist.
  const sections = page.getByRole("navigation", { name: "Sections" }).getByRole("link");
  await expect(sections).toHaveText(["Home", "Followers", "Segments", "Campaigns", "Settings", "Channel", "Members", "API tokens"]);

  // Edit the profile; a bad value is refused next to its field and nothing is saved.
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByLabel("Name", { exact: true }).fill("");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.locator("#name-error")).toHaveText("Enter the account's name.");
  await page.getByLabel("Name", { exact: true }).fill("Green Café Ebisu");
  await page.getByLabel("Area").fill("Ebisu");
  await page.getByLabel("Plan").selectOption("standard");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.locator("form").getByRole("status")).toHaveText("Profile saved.");
  await page.getByRole("link", { name: "Home" }).click();
  await expect(page.getByRole("heading", { name: "Green Café Ebisu" })).toBeVisible();
  await expect(page.getByText("Ebisu", { exact: true })).toBeVisible();
  await expect(page.getByText("30,000", { exact: true })).toBeVisible();
});

test("a taken handle and a malformed handle are refused next to the field", async ({ page }) => {
  const user = newUser();
  await signUp(page, user);
  const handle = unique("shop");
  await createAccountInUi(page, { handle, name: "First Shop" });
  await expect(page).toHaveURL(new RegExp(`/a/${handle}$`));

  await createAccountInUi(page, { handle, name: "Second Shop" });
  await expect(page.locator("#handle-error")).toHaveText(`@${handle} is already taken. Try another handle.`);
  // What was typed is still there to fix.
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Second Shop");

  await createAccountInUi(page, { handle: "Bad Handle!", name: "Third Shop" });
  await expect(page.locator("#handle-error")).toContainText("Use only lowercase letters, digits, - and _");
  await page.goto("/accounts");
  await expect(page.getByRole("list", { name: "Accounts" }).getByRole("listitem")).toHaveCount(1);
});

test("health reports the database and Redis", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true, db: true, redis: true });
});
