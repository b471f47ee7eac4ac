import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { createAccountInUi, newUser, signUp, unique } from "../fixtures";

test("another tenant's composer, drafts and image upload are a 404", async ({ browser }) => {
  test.slow();
  const a = await (await browser.newContext()).newPage();
  await signUp(a, newUser("Composer A"));
  const handleA = unique("cmp-a");
  await createAccountInUi(a, { handle: handleA, name: "Composer A Shop" });
  await expect(a).toHaveURL(new RegExp(`/a/${handleA}$`));
  await a.goto(`/a/${handleA}/campaigns/new`);
  await a.getByLabel("Campaign name").fill("A's secret sale");
  await a.getByLabel("Bubble 1 text").fill("Only for A's followers");
  await a.getByRole("button", { name: "Save draft" }).click();
  await expect(a).toHaveURL(/\/campaigns\/[0-9a-f-]{36}\/edit$/);
  const draftA = /\/campaigns\/([0-9a-f-]{36})\/edit$/.exec(a.url())![1]!;

  const b = await (await browser.newContext()).newPage();
  await signUp(b, newUser("Composer B"));
  const handleB = unique("cmp-b");
  await createAccountInUi(b, { handle: handleB, name: "Composer B Shop" });
  await expect(b).toHaveURL(new RegExp(`/a/${handleB}$`));

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
