import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { createAccountInUi, newUser, signUp, unique } from "./fixtures";

const csv = [
  "external_id,display_name,gender,birth_year,area,language,os,tags",
  "U1,Mika,female,1996,Tokyo,ja,ios,vip|coffee",
  "U2,Ken,robot,1990,Osaka,ja,android,",
  'U3,"=HYPERLINK(""http://evil.example"")",male,1988,Osaka,en,android,vip',
  "U4,Sora,female,3000,,,,",
  "U5,Aiko,,,,,,",
].join("\n");

test("an operator imports a CSV, watches it finish, downloads the skipped rows and exports the list", async ({ page }) => {
  test.slow(); // a sign-up, an upload and a background job on a shared machine
  await signUp(page, newUser("Iris Importer"));
  const handle = unique("import");
  await createAccountInUi(page, { handle, name: "Import Café" });
  await expect(page).toHaveURL(new RegExp(`/a/${handle}$`));

  await page.goto(`/a/${handle}/followers/import`);
  await expect(page.getByRole("heading", { name: "Import followers" })).toBeVisible();
  await expect(page.getByText("No imports yet.")).toBeVisible();
  await page.getByLabel("CSV file").setInputFiles({ name: "friends.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Upload and import" }).click();
  await expect(page.getByRole("status")).toContainText("Uploaded friends.csv");

  // The worker started by scripts/serve.mjs runs the job; the row's progress bar polls until it's done.
  const row = page.getByRole("listitem", { name: "friends.csv" });
  await expect(row.getByRole("progressbar", { name: "Progress of friends.csv" })).toHaveAttribute("aria-valuenow", "100", { timeout: 30_000 });
  await expect(row).toContainText("Done · 3 imported · 2 skipped");

  const errorsDownload = page.waitForEvent("download");
  await row.getByRole("link", { name: "Download 2 skipped rows (CSV)" }).click();
  const errorsFile = await errorsDownload;
  expect(errorsFile.suggestedFilename()).toBe("friends-errors.csv");
  expect(await readFile((await errorsFile.path())!, "utf8")).toBe(
    ["line,reason", '3,"gender must be female, male or unknown"', "5,birth year can't be in the future", ""].join("\n"),
  );

  // The import's own page lists the skipped rows with their lines.
  await row.getByRole("link", { name: "friends.csv" }).click();
  await expect(page.getByRole("heading", { name: "friends.csv" })).toBeVisible();
  await expect(page.getByRole("row", { name: "3 gender must be female, male or unknown" })).toBeVisible();
  await expect(page.getByRole("row", { name: "5 birth year can't be in the future" })).toBeVisible();

  // Export everything, then only the vip tag, with the list page's query format.
  await page.goto(`/a/${handle}/followers/import`);
  const exportDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export all followers (CSV)" }).click();
  const exported = (await readFile((await (await exportDownload).path())!, "utf8")).replace(/^\uFEFF/, "").trimEnd().split("\n");
  expect(exported[0]).toBe("external_id,display_name,gender,birth_year,area,language,os,tags,status,followed_at");
  expect(exported).toHaveLength(4);
  expect(exported[1]).toMatch(/^U1,Mika,female,1996,Tokyo,ja,ios,vip\|coffee,following,\d{4}-\d\d-\d\dT/);
  // A display name that a spreadsheet would run as a formula is exported inert.
  expect(exported[2]).toMatch(/^U3,"'=HYPERLINK\(""http:\/\/evil\.example""\)",male,1988,Osaka,en,android,vip,following,/);
  expect(exported[3]).toMatch(/^U5,Aiko,unknown,,,,other,,following,/);

  const vip = await page.request.get(`/a/${handle}/followers/export?tag=vip&gender=male`);
  expect(vip.status()).toBe(200);
  expect(vip.headers()["content-type"]).toContain("text/csv");
  const vipLines = (await vip.text()).replace(/^\uFEFF/, "").trimEnd().split("\n");
  expect(vipLines.map((line) => line.split(",")[0])).toEqual(["external_id", "U3"]);

  const badFilter = await page.request.get(`/a/${handle}/followers/export?gender=robot`);
  expect(badFilter.status()).toBe(400);
  expect(((await badFilter.json()) as { error: { message: string } }).error.message).toContain("gender=robot");
});

test("a file without the header fails with a message that says what the header must be", async ({ page }) => {
  test.slow();
  await signUp(page, newUser("Hana Header"));
  const handle = unique("header");
  await createAccountInUi(page, { handle, name: "Header Shop" });
  await expect(page).toHaveURL(new RegExp(`/a/${handle}$`));
  await page.goto(`/a/${handle}/followers/import`);
  await page.getByLabel("CSV file").setInputFiles({ name: "no-header.csv", mimeType: "text/csv", buffer: Buffer.from("U1,Mika,female\nU2,Ken,male\n") });
  await page.getByRole("button", { name: "Upload and import" }).click();
  const row = page.getByRole("listitem", { name: "no-header.csv" });
  await expect(row.getByRole("alert")).toContainText('Unknown column "u1". The first line must be the header external_id,display_name,gender', { timeout: 30_000 });
  await expect(row).toContainText("Failed");
});
