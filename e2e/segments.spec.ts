import { expect, test, type Page } from "@playwright/test";
import { createTokenInUi, postFollowers, type ApiFollower } from "./api-tokens-fixtures";
import { createAccountInUi, newUser, signUp, unique } from "./fixtures";

const year = new Date().getUTCFullYear();

// Each step of the walk below narrows the count, so a criterion the reach ignored would show.
const followers: ApiFollower[] = [
  { externalId: "a", displayName: "Aoi", gender: "female", birthYear: year - 25, area: "Tokyo", language: "ja", os: "ios", tags: ["vip"] },
  { externalId: "b", displayName: "Bea", gender: "female", birthYear: year - 24, area: "Tokyo", language: "ja", os: "android", tags: ["vip"] },
  { externalId: "c", displayName: "Chie", gender: "female", birthYear: year - 23, area: "Tokyo", language: "en", os: "ios" },
  { externalId: "d", displayName: "Dai", gender: "female", birthYear: year - 35, area: "Tokyo", language: "ja", os: "ios" },
  { externalId: "e", displayName: "Emi", gender: "female", birthYear: year - 33, area: "Osaka", language: "ja", os: "ios" },
  { externalId: "f", displayName: "Fumi", gender: "male", birthYear: year - 25, area: "Tokyo", language: "ja", os: "ios", tags: ["vip"] },
  { externalId: "g", displayName: "Gen", gender: "male", birthYear: year - 45, area: "Osaka", language: "ja", os: "android" },
  { externalId: "h", displayName: "Hana" },
];

function reach(page: Page) {
  return page.getByLabel("Estimated reach");
}

test("build a segment with a live reach, save, rename, list and delete it", async ({ page }) => {
  // Several sign-ups (each a password hash) and many round trips: more than the default minute on a busy machine.
  test.slow();
  await signUp(page, newUser("Sara Segmenter"));
  const handle = unique("seg");
  await createAccountInUi(page, { handle, name: "Segment Café" });
  await expect(page).toHaveURL(new RegExp(`/a/${handle}$`));

  const token = await createTokenInUi(page, handle, "Seeder");
  const seeded = await postFollowers(page.request, token, followers);
  expect(seeded.status()).toBe(200);
  expect(await seeded.json()).toEqual({ created: 8, updated: 0 });

  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Segments" }).click();
  await expect(page.getByText("No segments yet.")).toBeVisible();
  await page.getByRole("link", { name: "New segment" }).click();

  await expect(reach(page)).toHaveText("8");
  await page.getByRole("group", { name: "Gender" }).getByLabel("Women").check();
  await expect(reach(page)).toHaveText("5");
  await page.getByRole("button", { name: "Add area Tokyo" }).click();
  await expect(reach(page)).toHaveText("4");
  await page.getByRole("group", { name: "Age" }).getByLabel("20–29").check();
  await expect(reach(page)).toHaveText("3");
  await page.getByLabel("Add tag", { exact: true }).fill("vip");
  await page.getByLabel("Add tag", { exact: true }).press("Enter");
  await expect(reach(page)).toHaveText("2");
  // Widening again counts again: a second age band brings nobody new here, iOS narrows.
  await page.getByRole("group", { name: "OS" }).getByLabel("iOS").check();
  await expect(reach(page)).toHaveText("1");
  await page.getByRole("group", { name: "OS" }).getByLabel("iOS").uncheck();
  await expect(reach(page)).toHaveText("2");
  await expect(page.getByLabel("Rule summary")).toHaveText("Women · 20–29 · Tokyo · tag vip");

  // A bad value is refused where it was typed, and the rule is left as it was.
  await page.getByLabel("Add tag", { exact: true }).fill("a,b");
  await page.getByLabel("Add tag", { exact: true }).press("Enter");
  await expect(page.getByText("Tags can't contain commas.")).toBeVisible();
  await expect(reach(page)).toHaveText("2");

  await page.getByLabel("Segment name").fill("Tokyo VIP women");
  await page.getByRole("button", { name: "Save segment" }).click();
  await expect(page).toHaveURL(new RegExp(`/a/${handle}/segments$`));
  const row = page.getByRole("row", { name: /Tokyo VIP women/ });
  await expect(row.getByRole("cell").nth(0)).toHaveText("Women · 20–29 · Tokyo · tag vip");
  await expect(row.getByRole("cell").nth(1)).toHaveText("2");

  // The same name again is refused next to the name field.
  await page.getByRole("link", { name: "New segment" }).click();
  await page.getByLabel("Segment name").fill("Tokyo VIP women");
  await page.getByRole("button", { name: "Save segment" }).click();
  await expect(page.locator("#name-error")).toHaveText("This name is taken by another segment in this account.");
  await page.getByRole("link", { name: "← Segments" }).click();

  // Rename it.
  await page.getByRole("link", { name: "Tokyo VIP women" }).click();
  await expect(reach(page)).toHaveText("2");
  await page.getByLabel("Segment name").fill("Tokyo VIP women in their 20s");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toHaveText("Saved “Tokyo VIP women in their 20s”.");
  await expect(page.getByRole("heading", { name: "Tokyo VIP women in their 20s" })).toBeVisible();

  // The list counts reach when it loads: a new matching follower shows up at once.
  expect((await postFollowers(page.request, token, [{ externalId: "i", gender: "female", birthYear: year - 21, area: "Tokyo", tags: ["vip"] }])).status()).toBe(200);
  await page.getByRole("link", { name: "← Segments" }).click();
  const renamed = page.getByRole("row", { name: /Tokyo VIP women in their 20s/ });
  await expect(renamed.getByRole("cell").nth(1)).toHaveText("3");
  await expect(page.getByRole("link", { name: "Tokyo VIP women", exact: true })).toHaveCount(0);

  // Delete it, after confirming.
  await page.getByRole("link", { name: "Tokyo VIP women in their 20s" }).click();
  await page.getByRole("button", { name: "Delete segment" }).click();
  await page.getByRole("button", { name: "Cancel" }).click();
  await page.getByRole("button", { name: "Delete segment" }).click();
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await expect(page).toHaveURL(new RegExp(`/a/${handle}/segments$`));
  await expect(page.getByText("No segments yet.")).toBeVisible();
});
