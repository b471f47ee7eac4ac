import { expect, test, type Page } from "@playwright/test";
import { campaignCounter, campaignStatusBadge, deliveryProgress, phonePreview, reportRate, testPng } from "./campaign-fixtures";
import { createAccountInUi, newUser, signUp, unique } from "./fixtures";
import { addFriend, chatRoom } from "./inbox-fixtures";
import { createGenderSegmentInUi } from "./segment-fixtures";
import { seedFollowers } from "./seed-followers";

/** The campaign page's counters only poll while sending; after that a reload shows what changed. */
async function expectCounterAfterReload(page: Page, name: string, value: string) {
  await expect(async () => {
    await page.reload();
    await expect(campaignCounter(page, name)).toHaveText(value, { timeout: 2_000 });
  }).toPass({ timeout: 30_000, intervals: [500, 1_000, 2_000] });
}

test("compose a two-bubble campaign with an image, send it to a segment, watch it reach 100%, and see opens and clicks in the report", async ({ browser, baseURL }) => {
  // A sign-up, two phones, a seeded audience, an upload, a send through the worker and a report.
  test.setTimeout(240_000);
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await signUp(owner, newUser("Jun Owner"));
  const handle = unique("journey");
  await createAccountInUi(owner, { handle, name: "Harbor Café" });
  await expect(owner).toHaveURL(new RegExp(`/a/${handle}$`));

  // Two phones add the account with their names (they share no gender, like the seed's "unknown"
  // followers), and a seeded audience gives the send real volume.
  const mika = await addFriend(browser, handle, "Mika");
  const ken = await addFriend(browser, handle, "Ken");
  seedFollowers(handle, 1_500);
  const reach = await createGenderSegmentInUi(owner, handle, "Gender not shared", "Gender unknown");
  // Mika and Ken plus the seed's share of unknown gender, inside the Free plan's 200 a month.
  expect(reach).toBeGreaterThan(2);
  expect(reach).toBeLessThanOrEqual(200);

  const landing = `${baseURL}/api/health?from=journey`;
  await test.step("compose: text with {displayName} and a link, then an uploaded image; the phone preview shows both", async () => {
    await owner.goto(`/a/${handle}/campaigns`);
    await owner.getByRole("link", { name: "New campaign" }).click();
    await expect(owner).toHaveURL(new RegExp(`/a/${handle}/campaigns/new$`));
    await owner.getByLabel("Campaign name").fill("Harbor lunch");
    const text = owner.getByLabel("Bubble 1 text");
    await text.fill("Hi ");
    await owner.getByRole("button", { name: "Insert {displayName}" }).click();
    await text.press("End");
    await text.pressSequentially(`! Lunch set is back: ${landing}`);
    await expect(text).toHaveValue(`Hi {displayName}! Lunch set is back: ${landing}`);

    await owner.getByRole("button", { name: "Add bubble" }).click();
    await owner.getByLabel("Bubble 2 type").selectOption("image");
    await owner.getByLabel("Bubble 2 image").setInputFiles({ name: "lunch.png", mimeType: "image/png", buffer: await testPng("Harbor lunch") });

    const preview = phonePreview(owner);
    await expect(preview.locator("[data-bubble]")).toHaveCount(2);
    await expect(preview.locator("[data-bubble=text]")).toHaveText(`Hi Hanako! Lunch set is back: ${landing}`);
    await expect(preview.getByRole("link", { name: landing })).toBeVisible();
    const image = preview.locator("img[data-bubble=image]");
    await expect(image).toHaveAttribute("src", /^\/media\/[0-9a-f-]{36}\.png$/);
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1040);
  });

  await test.step("send to the segment: the confirm step shows reach and quota", async () => {
    await owner.getByLabel("A saved segment").check();
    await owner.getByLabel("Segment", { exact: true }).selectOption({ label: "Gender not shared" });
    await expect(owner.getByTestId("reach")).toHaveText(`Reaches ${reach} followers now`);
    await owner.getByRole("button", { name: "Review and send…" }).click();
    const confirm = owner.getByRole("region", { name: "Confirm send" });
    await expect(confirm).toContainText(`Reach${reach} followers`);
    await expect(confirm).toContainText(`This send uses${reach} messages`);
    await expect(confirm).toContainText("200 of 200 messages");
    await confirm.getByRole("button", { name: "Confirm send" }).click();
    await expect(owner).toHaveURL(new RegExp(`/a/${handle}/campaigns/[0-9a-f-]{36}$`));
  });
  const campaignUrl = owner.url();

  await test.step("the page follows the send to 100%, every targeted follower sent", async () => {
    await expect(deliveryProgress(owner)).toHaveAttribute("aria-valuenow", "100", { timeout: 60_000 });
    await expect(campaignStatusBadge(owner)).toHaveText("Sent", { timeout: 30_000 });
    await expect(campaignCounter(owner, "targeted")).toHaveText(String(reach));
    await expect(campaignCounter(owner, "sent")).toHaveText(String(reach));
    await expect(campaignCounter(owner, "failed")).toHaveText("0");
    await expect(campaignCounter(owner, "opened")).toHaveText("0");
    await expect(owner.getByText("No opens or clicks yet.")).toBeVisible();
  });

  const room = chatRoom(mika.page, "Harbor Café");
  await test.step("Mika's chat: both bubbles, her name filled in, the image loaded, newest last", async () => {
    await mika.page.goto(mika.inboxUrl);
    const bubbles = room.locator("[data-bubble]");
    await expect(bubbles).toHaveCount(2);
    await expect(bubbles.nth(0)).toHaveText(`Hi Mika! Lunch set is back: ${landing}`);
    await expect(bubbles.nth(1)).toHaveAttribute("data-bubble", "image");
    await expect(bubbles.nth(1)).toHaveAttribute("src", /^\/media\/[0-9a-f-]{36}\.png$/);
    await expect.poll(() => bubbles.nth(1).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1040);
    // The chat opens at its newest message: the image, at the bottom.
    await expect(bubbles.nth(1)).toBeInViewport();
    await expect(room.getByText("Ken")).toHaveCount(0);
  });

  await test.step("seeing it is the open: the campaign's opened counter moves", async () => {
    await expectCounterAfterReload(owner, "opened", "1");
    await expect(campaignCounter(owner, "clicked")).toHaveText("0");
  });

  await test.step("tapping the link goes through the tracker to the campaign's URL and counts a click", async () => {
    const link = room.getByRole("link", { name: landing });
    expect(await link.getAttribute("href")).toMatch(/^\/r\/\d+\.0\.0\.[\w-]+$/);
    const [landed] = await Promise.all([mika.context.waitForEvent("page"), link.click()]);
    await expect(landed).toHaveURL(landing);
    await expect(landed.locator("body")).toContainText('"ok"');
    await expectCounterAfterReload(owner, "clicked", "1");
  });

  await test.step("Ken's chat is his own; his open counts too", async () => {
    await ken.page.goto(ken.inboxUrl);
    const kenRoom = chatRoom(ken.page, "Harbor Café");
    await expect(kenRoom.locator("[data-bubble=text]")).toHaveText(`Hi Ken! Lunch set is back: ${landing}`);
    await expect(kenRoom.getByText("Mika")).toHaveCount(0);
    await expectCounterAfterReload(owner, "opened", "2");
  });

  await test.step("the report: rates of delivered, and the open/click rate chart has data", async () => {
    await owner.goto(campaignUrl);
    const report = owner.getByRole("region", { name: "Report" });
    await expect(report.locator("dd").nth(0)).toHaveText(String(reach));
    await expect(report.locator("dd").nth(1)).toHaveText("0");
    await expect(report.locator("dd").nth(2)).toHaveText(reportRate(2, reach));
    await expect(report.locator("dd").nth(3)).toHaveText(reportRate(1, reach));
    const chart = owner.getByRole("figure", { name: "Open and click rate over time" });
    await expect(chart.locator(".recharts-line")).toHaveCount(2);
    await expect(chart.getByText("Open rate")).toBeVisible();
    await expect(chart.getByText("Click rate")).toBeVisible();
    await expect(owner.getByText("No opens or clicks yet.")).toHaveCount(0);
    // README screenshot, refreshed on demand so a test run leaves the checkout as it found it.
    if (process.env.UPDATE_SCREENSHOTS) await owner.screenshot({ path: "docs/screenshots/report.png", fullPage: true });

    await owner.goto(`/a/${handle}/campaigns?status=sent`);
    const row = owner.getByRole("table", { name: "Campaigns" }).locator("tbody tr");
    await expect(row).toHaveCount(1);
    await expect(row.nth(0)).toContainText("Harbor lunch");
  });

  expect([...mika.dialogs, ...ken.dialogs]).toEqual([]);
  await Promise.all([mika.context.close(), ken.context.close(), ownerContext.close()]);
});
