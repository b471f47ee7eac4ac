import { expect, test } from "@playwright/test";
import { createAccountInUi, newUser, signUp, unique, addMemberInUi, signUpTenant } from "../fixtures";

const csv = "external_id,display_name,gender,birth_year,area,language,os,tags\nU1,Mika,female,1996,Tokyo,ja,ios,vip\nU2,Ken,robot,,,,,\n";

test("another tenant's imports, their progress, skipped rows and follower export are 404", async ({ browser }) => {
  test.slow(); // three sign-ups with a deliberately slow password hash
  const { context: aContext, page: a, handle: handleA } = await signUpTenant(browser, { userName: "Tenant A", handlePrefix: "imp-a", accountName: "Tenant A Shop" });
  const upload = await a.request.post(`/a/${handleA}/followers/import/upload?fileName=a.csv`, { headers: { "content-type": "text/csv" }, data: csv });
  expect(upload.status()).toBe(202);
  const { importId } = (await upload.json()) as { importId: string };
  expect((await a.request.get(`/a/${handleA}/followers/import/${importId}/status`)).status()).toBe(200);

  const { context: bContext, page: b, handle: handleB } = await signUpTenant(browser, { userName: "Tenant B", handlePrefix: "imp-b", accountName: "Tenant B Shop" });

  const missingPage = await b.goto(`/a/${unique("nobody")}/followers/import`);
  expect(missingPage?.status()).toBe(404);
  const missingText = await b.locator("main").innerText();

  // Under A's handle the account layout answers before anything streams: a real 404.
  const foreignPage = await b.goto(`/a/${handleA}/followers/import/${importId}`);
  expect(foreignPage?.status()).toBe(404);
  expect(await b.locator("main").innerText()).toBe(missingText);
  // Under B's own handle the page finds no such import after the account layout has streamed (its
  // loading.tsx), so Next can render the same 404 page but no longer change the status (next.js#70488).
  await b.goto(`/a/${handleB}/followers/import/${importId}`);
  expect(await b.locator("main").innerText()).toBe(missingText);
  await expect(b.getByText("a.csv")).toHaveCount(0);

  for (const base of [`/a/${handleA}/followers/import`, `/a/${handleB}/followers/import`]) {
    for (const path of [`${base}/${importId}/status`, `${base}/${importId}/errors`, `${base}/not-an-id/errors`]) {
      const response = await b.request.get(path);
      expect(response.status(), path).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("not_found");
    }
  }
  expect((await b.goto(`/a/${handleA}/followers/import`))?.status()).toBe(404);

  const foreignExport = await b.request.get(`/a/${handleA}/followers/export`);
  expect(foreignExport.status()).toBe(404);
  const foreignUpload = await b.request.post(`/a/${handleA}/followers/import/upload`, { headers: { "content-type": "text/csv" }, data: csv });
  expect(foreignUpload.status()).toBe(404);

  // B's own list doesn't show A's import.
  await b.goto(`/a/${handleB}/followers/import`);
  await expect(b.getByText("No imports yet.")).toBeVisible();

  // Signed out: no session, no upload.
  const signedOut = await browser.newContext();
  expect((await signedOut.request.post(`/a/${handleA}/followers/import/upload`, { headers: { "content-type": "text/csv" }, data: csv })).status()).toBe(401);
  expect((await signedOut.request.get(`/a/${handleA}/followers/import/${importId}/errors`)).status()).toBe(401);

  await aContext.close();
  await bContext.close();
  await signedOut.close();
});

test("a member whose role can't edit followers can't upload or read imports", async ({ browser }) => {
  test.slow(); // two sign-ups with a deliberately slow password hash
  // Analysts read reports only (lib/auth/roles.ts): the import area answers them with the role's reason.
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  const analyst = newUser("Aki Analyst");
  const analystContext = await browser.newContext();
  const analystPage = await analystContext.newPage();
  await signUp(analystPage, analyst);

  await signUp(owner, newUser("Olivia Owner"));
  const handle = unique("imp-roles");
  await createAccountInUi(owner, { handle, name: "Roles Shop" });
  await expect(owner).toHaveURL(new RegExp(`/a/${handle}$`));
  await addMemberInUi(owner, handle, analyst.email, "analyst");
  const upload = await owner.request.post(`/a/${handle}/followers/import/upload?fileName=o.csv`, { headers: { "content-type": "text/csv" }, data: csv });
  const { importId } = (await upload.json()) as { importId: string };

  await analystPage.goto(`/a/${handle}/followers/import`);
  await expect(analystPage.getByText("Your role (Analyst) can't change followers.")).toBeVisible();
  await expect(analystPage.getByLabel("CSV file")).toHaveCount(0);
  const forbidden = await analystPage.request.post(`/a/${handle}/followers/import/upload`, { headers: { "content-type": "text/csv" }, data: csv });
  expect(forbidden.status()).toBe(403);
  expect((await analystPage.request.get(`/a/${handle}/followers/import/${importId}/errors`)).status()).toBe(403);
  expect((await analystPage.request.get(`/a/${handle}/followers/export`)).status()).toBe(403);

  await ownerContext.close();
  await analystContext.close();
});
