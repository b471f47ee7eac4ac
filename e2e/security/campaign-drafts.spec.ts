import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { signUpTenant } from "../fixtures";

test("another tenant's composer, drafts and image upload are a 404", async ({ browser }) => {
  test.slow();
  const { page: a, handle: handleA } = await signUpTenant(browser, { userName: "Composer A", handlePrefix: "cmp-a", accountName: "Composer A Shop" });
  await a.goto(`/a/${handleA}/campaigns/new`);
  await a.getByLabel("Campaign name").fill("A's secret sale");
  await a.getByLabel("Bubble 1 text").fill("Only for A's followers");
  await a.getByRole("button", { name: "Save draft" }).click();
  await expect(a).toHaveURL(/\/campaigns\/[0-9a-f-]{36}\/edit$/);
  const draftA = /\/campaigns\/([0-9a-f-]{36})\/edit$/.exec(a.url())![1]!;

  const { page: b, handle: handleB } = await signUpTenant(browser, { userName: "Composer B", handlePrefix: "cmp-b", accountName: "Composer B Shop" });

  for (const path of [`/a/${handleA}/campaigns/new`, `/a/${handleA}/campaigns/${draftA}/edit`, `/a/${handleB}/campaigns/${draftA}/edit`]) {
    const response = await b.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(b.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(b.getByText("A's secret sale")).toHaveCount(0);
  }

  // Uploading into A's account from B's session is answered like a missing account.
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "white" } }).png().toBuffer();
  const upload = await b.request.post(`/a/${handleA}/campaigns/media`, { multipart: { file: { name: "x.png", mimeType: "image/png", buffer: png } } });
  expect(upload.status()).toBe(404);
  const own = await b.request.post(`/a/${handleB}/campaigns/media`, { multipart: { file: { name: "x.png", mimeType: "image/png", buffer: png } } });
  expect(own.status()).toBe(201);
  const { url } = (await own.json()) as { url: string };
  // Served without a session, as followers' phones and the gateway fetch it.
  const served = await (await browser.newContext()).request.get(url);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/png");
});
