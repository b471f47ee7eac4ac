import { expect, test } from "@playwright/test";
import { signUpTenant } from "../fixtures";
import { seedFollowers } from "../seed-followers";

test("another tenant's followers are a 404 and never listed", async ({ browser }) => {
  // Two sign-ups and two seed runs: more than the default minute on a busy machine.
  test.setTimeout(240_000);
  const { context: aContext, page: a, handle: handleA } = await signUpTenant(browser, { userName: "Tenant A", handlePrefix: "fans-a", accountName: "Tenant A Fans" });
  seedFollowers(handleA, 3);
  await a.goto(`/a/${handleA}/followers`);
  const aFollowerHref = await a.getByRole("table", { name: "Followers" }).locator("tbody tr a").first().getAttribute("href");
  const aFollowerId = /\/followers\/(\d+)$/.exec(aFollowerHref ?? "")?.[1];
  expect(aFollowerId).toBeTruthy();
  await aContext.close();

  const { context: bContext, page: b, handle: handleB } = await signUpTenant(browser, { userName: "Tenant B", handlePrefix: "fans-b", accountName: "Tenant B Fans" });
  seedFollowers(handleB, 2);

  // The account's loading.tsx streams a shell first, so a page-level 404 keeps the 200 already sent
  // (a documented Next.js limit) but shows the not-found page, marked noindex. What matters here:
  // another tenant's follower is indistinguishable from one that doesn't exist.
  const missing = await b.goto(`/a/${handleB}/followers/999999999999`);
  await expect(b.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(b.locator('meta[name="robots"][content*="noindex"]').first()).toBeAttached();
  const missingText = await b.locator("body").innerText();

  // A's follower id under B's own handle, and ids that aren't ids: the same page as a missing follower.
  for (const path of [`/a/${handleB}/followers/${aFollowerId}`, `/a/${handleB}/followers/abc`, `/a/${handleB}/followers/-1`, `/a/${handleB}/followers/99999999999999999999`]) {
    const response = await b.goto(path);
    expect(response?.status(), path).toBe(missing?.status());
    await expect(b.getByRole("heading", { name: "Page not found" }), path).toBeVisible();
    expect(await b.locator("body").innerText(), path).toBe(missingText);
  }
  // A's own pages don't open for B either.
  for (const path of [`/a/${handleA}/followers`, `/a/${handleA}/followers/${aFollowerId}`]) {
    const response = await b.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(b.getByText("Tenant A Fans")).toHaveCount(0);
  }

  // B's list holds B's two followers only, whatever cursor or search is tried.
  for (const query of ["", `?after=${Number(aFollowerId) + 1}`, `?q=seed-3`]) {
    await b.goto(`/a/${handleB}/followers${query}`);
    await expect(b.locator(`a[href$="/followers/${aFollowerId}"]`), query).toHaveCount(0);
    await expect(b.getByText("Tenant A Fans")).toHaveCount(0);
  }
  await b.goto(`/a/${handleB}/followers`);
  await expect(b.getByRole("table", { name: "Followers" }).locator("tbody tr")).toHaveCount(2);
  await bContext.close();
});
