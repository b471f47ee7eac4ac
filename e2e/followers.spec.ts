import { expect, test, type Page } from "@playwright/test";
import { createAccountInUi, newUser, signUp, unique } from "./fixtures";
import { seedFollowers } from "./seed-followers";

const rows = (page: Page) => page.getByRole("table", { name: "Followers" }).locator("tbody tr");
const externalIdOfRow = (page: Page, index: number) => rows(page).nth(index).locator("td").nth(1);

test("an owner pages, filters and searches followers, then tags one", async ({ page }) => {
  // Seeding runs a script and the walk covers many pages: more than the default minute on a busy machine.
  test.setTimeout(240_000);
  await signUp(page, newUser("Fumi Followers"));
  const handle = unique("fans");
  await createAccountInUi(page, { handle, name: "Fan Club Shibuya" });
  await expect(page).toHaveURL(new RegExp(`/a/${handle}$`));

  // Before anyone follows, the list says how to get followers.
  await page.getByRole("link", { name: "Followers" }).click();
  await expect(page.getByText("No followers yet")).toBeVisible();
  await expect(page.getByRole("link", { name: `/@${handle}` })).toHaveAttribute("href", `/@${handle}`);
  await expect(page.getByRole("link", { name: "import a CSV" })).toHaveAttribute("href", `/a/${handle}/followers/import`);

  seedFollowers(handle, 120);
  await page.reload();
  await expect(page.getByTestId("follower-count")).toHaveText("120 followers");
  await expect(rows(page)).toHaveCount(50);
  await expect(externalIdOfRow(page, 0)).toHaveText("seed-120");
  await expect(page.getByRole("link", { name: "Previous page" })).toHaveCount(0);

  await page.getByRole("link", { name: "Next page" }).click();
  await expect(externalIdOfRow(page, 0)).toHaveText("seed-70");
  await expect(rows(page)).toHaveCount(50);
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(rows(page)).toHaveCount(20);
  await expect(externalIdOfRow(page, 19)).toHaveText("seed-1");
  await expect(page.getByRole("link", { name: "Next page" })).toHaveCount(0);
  await page.getByRole("link", { name: "Previous page" }).click();
  await expect(externalIdOfRow(page, 0)).toHaveText("seed-70");

  // Filter by gender: a GET form, so the filter is in the URL and in the export link.
  await page.goto(`/a/${handle}/followers`);
  const filters = page.getByRole("search", { name: "Filter followers" });
  await filters.getByRole("group", { name: "Gender" }).getByLabel("Female").check();
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/gender=female/);
  const matched = await page.getByTestId("follower-count").innerText();
  const femaleCount = Number(/^(\d+) followers match these filters$/.exec(matched)?.[1]);
  expect(femaleCount).toBeGreaterThan(0);
  expect(femaleCount).toBeLessThan(120);
  for (const cell of await rows(page).locator("td:nth-child(3)").allInnerTexts()) expect(cell).toBe("Female");
  await expect(page.getByRole("link", { name: "Export CSV" })).toHaveAttribute("href", new RegExp(`^/a/${handle}/followers/export\\?.*gender=female`));
  await expect(filters.getByRole("group", { name: "Gender" }).getByLabel("Female")).toBeChecked();

  // A filter typo is an error that says what to fix, not a silently wider list.
  await page.goto(`/a/${handle}/followers?gender=femal`);
  await expect(page.getByRole("alert").filter({ hasText: "Check the filter" })).toContainText("gender=femal isn't valid. Use female, male or unknown.");

  // Search by external id finds exactly that follower.
  await page.goto(`/a/${handle}/followers`);
  await page.getByLabel("Search name or external id").fill("seed-7");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(rows(page)).toHaveCount(1);
  await expect(externalIdOfRow(page, 0)).toHaveText("seed-7");

  // Open the follower, add a tag, see it in the history, remove it.
  await rows(page).first().getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/a/${handle}/followers/\\d+$`));
  await expect(page.getByText("seed-7", { exact: true }).first()).toBeVisible();
  await page.getByLabel("New tag").fill("e2e-favourite");
  await page.getByRole("button", { name: "Add tag" }).click();
  await expect(page.getByRole("status")).toHaveText("Tagged “e2e-favourite”.");
  await expect(page.getByRole("list", { name: "Tags" }).getByRole("listitem", { name: "Tag e2e-favourite" })).toBeVisible();
  const history = page.getByRole("list", { name: "History" });
  await expect(history.getByText("Tag added: e2e-favourite")).toBeVisible();

  await page.getByRole("button", { name: "Remove tag e2e-favourite" }).click();
  await expect(history.getByText("Tag removed: e2e-favourite")).toBeVisible();
  await expect(page.getByRole("listitem", { name: "Tag e2e-favourite" })).toHaveCount(0);
  await expect(history.locator("li").first()).toContainText("Tag removed: e2e-favourite");

  // A tag with a comma is refused with the reason next to the field.
  await page.getByLabel("New tag").fill("a,b");
  await page.getByRole("button", { name: "Add tag" }).click();
  await expect(page.getByText("Tags can't contain commas.")).toBeVisible();
});
