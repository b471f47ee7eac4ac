import { expect, test } from "@playwright/test";
import { createAccountInUi, newUser, signUp, unique } from "./fixtures";

const year = new Date().getUTCFullYear();
const csv = [
  "external_id,display_name,gender,birth_year,area,language,os,tags",
  `S1,Aya,female,${year - 24},Tokyo,ja,ios,vip`,
  `S2,Bun,female,${year - 27},Tokyo,ja,android,`,
  `S3,Cho,female,${year - 41},Tokyo,ja,ios,vip`,
  `S4,Dan,male,${year - 25},Tokyo,en,ios,vip`,
  `S5,Eri,female,${year - 22},Osaka,ja,ios,`,
].join("\n");

test("followers imported from a CSV are the people a segment built from them reaches", async ({ page }) => {
  test.slow(); // a sign-up, an upload, a background job and a live reach on a shared machine
  await signUp(page, newUser("Ines Importer"));
  const handle = unique("imp-seg");
  await createAccountInUi(page, { handle, name: "Import to Segment Café" });
  await expect(page).toHaveURL(new RegExp(`/a/${handle}$`));

  await page.goto(`/a/${handle}/followers/import`);
  await page.getByLabel("CSV file").setInputFiles({ name: "regulars.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Upload and import" }).click();
  const row = page.getByRole("listitem", { name: "regulars.csv" });
  await expect(row).toContainText("Done · 5 imported · 0 skipped", { timeout: 30_000 });

  await page.goto(`/a/${handle}/segments/new`);
  const reach = page.getByLabel("Estimated reach");
  await expect(reach).toHaveText("5");
  await page.getByRole("group", { name: "Gender" }).getByLabel("Women").check();
  await expect(reach).toHaveText("4");
  await page.getByRole("group", { name: "Age" }).getByLabel("20–29").check();
  await expect(reach).toHaveText("3");
  await page.getByRole("button", { name: "Add area Tokyo" }).click();
  await expect(reach).toHaveText("2");
  await page.getByLabel("Segment name").fill("Tokyo women in their 20s");
  await page.getByRole("button", { name: "Save segment" }).click();
  await expect(page).toHaveURL(new RegExp(`/a/${handle}/segments$`));
  await expect(page.getByRole("row", { name: /Tokyo women in their 20s/ }).getByRole("cell").nth(1)).toHaveText("2");
});
