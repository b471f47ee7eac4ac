import { expect, test } from "@playwright/test";
import { createTokenInUi, postFollowers } from "../api-tokens-fixtures";
import { newUser, signInViaApi, signUp, addMemberInUi, signUpTenant } from "../fixtures";

test("tokens: another tenant's are a 404, a token sees only its account, an analyst can't manage them, a revoked one is 401", async ({ browser }) => {
  // Several sign-ups (each a password hash) and many round trips: more than the default minute on a busy machine.
  test.slow();
  const { context: aContext, page: a, handle: handleA } = await signUpTenant(browser, { userName: "Tenant A", handlePrefix: "tok-a", accountName: "Tenant A Shop" });
  const tokenA = await createTokenInUi(a, handleA, "A's CRM");
  expect((await postFollowers(a.request, tokenA, [{ externalId: "a-1", displayName: "Only in A" }])).status()).toBe(200);

  // The secret is shown once: reloading the page shows the prefix only.
  await a.reload();
  await expect(a.getByLabel("Token value")).toHaveCount(0);
  const rowA = a.getByRole("listitem", { name: "A's CRM" });
  await expect(rowA).toContainText(`${tokenA.slice(0, 10)}…`);
  await expect(a.getByText(tokenA)).toHaveCount(0);
  // Read A's token id from its revoke form, then step back.
  await rowA.getByRole("button", { name: "Revoke" }).click();
  const tokenIdA = await rowA.locator('input[name="tokenId"]').inputValue();
  await rowA.getByRole("button", { name: "Cancel" }).click();

  const { context: bContext, page: b, handle: handleB } = await signUpTenant(browser, { userName: "Tenant B", handlePrefix: "tok-b", accountName: "Tenant B Shop" });
  const tokenB = await createTokenInUi(b, handleB, "B's POS");

  const response = await b.goto(`/a/${handleA}/settings/api-tokens`);
  expect(response?.status()).toBe(404);
  await expect(b.getByText("A's CRM")).toHaveCount(0);

  // B's token sees B's (empty) list, never A's followers.
  const bList = await b.request.get("/api/v1/followers", { headers: { authorization: `Bearer ${tokenB}` } });
  expect(await bList.json()).toEqual({ data: [], nextCursor: null });

  // B's revoke form pointed at A's token: not found, and A's token keeps working.
  await b.goto(`/a/${handleB}/settings/api-tokens`);
  const rowB = b.getByRole("listitem", { name: "B's POS" });
  await rowB.getByRole("button", { name: "Revoke" }).click();
  await rowB.locator('input[name="tokenId"]').evaluate((el, id) => ((el as HTMLInputElement).value = id), tokenIdA);
  await rowB.getByRole("button", { name: "Yes, revoke" }).click();
  await expect(rowB.getByRole("alert")).toHaveText("There is no such token in this account. Reload the page.");
  const aList = await a.request.get("/api/v1/followers", { headers: { authorization: `Bearer ${tokenA}` } });
  expect(aList.status()).toBe(200);
  expect(((await aList.json()) as { data: { displayName: string }[] }).data.map((f) => f.displayName)).toEqual(["Only in A"]);

  // An analyst of A: no link, no form, no list.
  const analyst = newUser("Aki Analyst");
  const analystContext = await browser.newContext();
  const analystPage = await analystContext.newPage();
  await signUp(analystPage, analyst);
  await addMemberInUi(a, handleA, analyst.email, "analyst");
  await analystContext.clearCookies();
  expect((await signInViaApi(analystContext.request, analyst)).status()).toBe(302);
  await analystPage.goto(`/a/${handleA}`);
  await expect(analystPage.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "API tokens" })).toHaveCount(0);
  await analystPage.goto(`/a/${handleA}/settings/api-tokens`);
  await expect(analystPage.getByText("Your role (Analyst) can't manage API tokens.")).toBeVisible();
  await expect(analystPage.getByRole("button", { name: "Create token" })).toHaveCount(0);
  await expect(analystPage.getByText("A's CRM")).toHaveCount(0);

  // The owner revokes the token (after confirming); the API refuses it from then on.
  await a.goto(`/a/${handleA}/settings/api-tokens`);
  await rowA.getByRole("button", { name: "Revoke" }).click();
  await rowA.getByRole("button", { name: "Yes, revoke" }).click();
  await expect(rowA.getByRole("status")).toHaveText("Token revoked. Requests with it now get 401.");
  await expect(rowA).toContainText("Revoked");
  const revoked = await a.request.get("/api/v1/followers", { headers: { authorization: `Bearer ${tokenA}` } });
  expect(revoked.status()).toBe(401);
  expect(((await revoked.json()) as { error: { code: string } }).error.code).toBe("unauthorized");

  await aContext.close();
  await bContext.close();
  await analystContext.close();
});
