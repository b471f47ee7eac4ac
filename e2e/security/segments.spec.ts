import { expect, test, type Page } from "@playwright/test";
import { newUser, signInViaApi, signUp, addMemberInUi, signUpTenant } from "../fixtures";

async function createSegmentInUi(page: Page, handle: string, name: string): Promise<string> {
  await page.goto(`/a/${handle}/segments/new`);
  await page.getByLabel("Segment name").fill(name);
  await page.getByRole("button", { name: "Save segment" }).click();
  await expect(page).toHaveURL(new RegExp(`/a/${handle}/segments$`));
  await page.getByRole("link", { name }).click();
  await expect(page).toHaveURL(new RegExp(`/a/${handle}/segments/[0-9a-f-]{36}$`));
  return page.url().split("/").pop()!;
}

test("another tenant's segments are a 404 in pages and actions; an analyst can't open them", async ({ browser }) => {
  // Several sign-ups (each a password hash) and many round trips: more than the default minute on a busy machine.
  test.slow();
  const { context: aContext, page: a, handle: handleA } = await signUpTenant(browser, { userName: "Tenant A", handlePrefix: "seg-a", accountName: "Tenant A Shop" });
  const segmentA = await createSegmentInUi(a, handleA, "A's secret audience");

  const { context: bContext, page: b, handle: handleB } = await signUpTenant(browser, { userName: "Tenant B", handlePrefix: "seg-b", accountName: "Tenant B Shop" });
  const segmentB = await createSegmentInUi(b, handleB, "B's audience");

  // Under A's handle the account layout answers before anything streams: a plain 404.
  for (const path of [`/a/${handleA}/segments`, `/a/${handleA}/segments/new`, `/a/${handleA}/segments/${segmentA}`]) {
    const response = await b.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(b.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(b.getByText("A's secret audience")).toHaveCount(0);
  }
  // Under B's own handle the segment is looked up after the account's loading state has started
  // streaming, so Next.js keeps the 200 it already sent and streams the 404 page with noindex
  // (documented in Next's loading.js "Status codes"). What matters: the same page as a missing id.
  await b.goto(`/a/${handleB}/segments/00000000-0000-7000-8000-000000000000`);
  await expect(b.getByRole("heading", { name: "Page not found" })).toBeVisible();
  const missingText = await b.locator("body").innerText();
  for (const path of [`/a/${handleB}/segments/${segmentA}`, `/a/${handleB}/segments/not-a-uuid`]) {
    await b.goto(path);
    await expect(b.getByRole("heading", { name: "Page not found" }), path).toBeVisible();
    await expect(b.locator('meta[name="robots"]').first(), path).toHaveAttribute("content", /noindex/);
    expect(await b.locator("body").innerText(), path).toBe(missingText);
    await expect(b.getByText("A's secret audience")).toHaveCount(0);
  }

  // B's own forms, pointed at A's segment id: the server refuses as if it didn't exist.
  await b.goto(`/a/${handleB}/segments/${segmentB}`);
  await b.getByLabel("Segment name").fill("Renamed by B");
  await b.locator('input[name="segmentId"]').evaluate((el, id) => ((el as HTMLInputElement).value = id), segmentA);
  await b.getByRole("button", { name: "Save changes" }).click();
  await expect(b.getByRole("alert").filter({ hasText: "There is no such segment in this account." })).toBeVisible();
  await b.getByRole("button", { name: "Delete segment" }).click();
  await b.getByRole("form", { name: "Confirm deletion" }).locator('input[name="segmentId"]').evaluate((el, id) => ((el as HTMLInputElement).value = id), segmentA);
  await b.getByRole("button", { name: "Yes, delete" }).click();
  await expect(b.getByRole("form", { name: "Confirm deletion" }).getByRole("alert")).toHaveText("There is no such segment in this account. It may have been deleted.");

  // A's segment is untouched.
  await a.goto(`/a/${handleA}/segments`);
  await expect(a.getByRole("link", { name: "A's secret audience" })).toBeVisible();
  await expect(a.getByText("Renamed by B")).toHaveCount(0);

  // An analyst of A sees no segments: not in the sidebar, a reason on the list, a 404 for a segment.
  const analyst = newUser("Aki Analyst");
  const analystContext = await browser.newContext();
  const analystPage = await analystContext.newPage();
  await signUp(analystPage, analyst);
  await addMemberInUi(a, handleA, analyst.email, "analyst");
  await analystContext.clearCookies();
  expect((await signInViaApi(analystContext.request, analyst)).status()).toBe(302);
  await analystPage.goto(`/a/${handleA}`);
  await expect(analystPage.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Segments" })).toHaveCount(0);
  await analystPage.goto(`/a/${handleA}/segments`);
  await expect(analystPage.getByText("Your role (Analyst) can't see followers.")).toBeVisible();
  await expect(analystPage.getByText("A's secret audience")).toHaveCount(0);
  await analystPage.goto(`/a/${handleA}/segments/${segmentA}`);
  await expect(analystPage.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(analystPage.getByText("A's secret audience")).toHaveCount(0);

  await aContext.close();
  await bContext.close();
  await analystContext.close();
});
