import { expect, test, type Page } from "@playwright/test";
import { addMemberInUi, createAccountInUi, newUser, signUp, unique } from "./fixtures";
import { campaignCounter as counter, campaignStatusBadge as statusBadge, deliveryProgress as progress, getCampaignCounters, postCampaign, reportRate, seedAccountWithToken } from "./campaign-fixtures";
import { addFriend, chatRoom } from "./inbox-fixtures";
import { toLocalDateTime } from "../lib/dates/local-date-time";

const TZ = "Asia/Tokyo";

/** A datetime-local value for `at` in the account's timezone, as the app itself writes one. */
const localInput = (at: Date) => toLocalDateTime(at, TZ);

const rows = (page: Page) => page.getByRole("table", { name: "Campaigns" }).locator("tbody tr");

test("an owner lists, reschedules and cancels, watches a send, pauses and resumes it, and reads its report", async ({ page, request, browser }) => {
  test.setTimeout(300_000);
  const owner = newUser("Olga Owner");
  await signUp(page, owner);
  const handle = unique("camp");
  const token = seedAccountWithToken(handle, 25_000, owner.email);
  // One real phone among the seeded followers, to open and click the sale through the inbox.
  const nao = await addFriend(browser, handle, "Nao");

  const draft = await postCampaign(request, token, { name: "Winter draft", text: "Draft for {displayName}", send: false });
  const scheduled = await postCampaign(request, token, {
    name: "Weekend notice",
    text: "See you this weekend, {displayName}!",
    scheduledAt: new Date(Date.now() + 2 * 3_600_000).toISOString(),
    send: true,
  });
  expect(scheduled.status).toBe("scheduled");
  // The seed blocks some followers; the reach is everyone who still follows, frozen at send.
  const reach = (await getCampaignCounters(request, token, scheduled.id)).targeted;
  const reachText = reach.toLocaleString("en-US");
  expect(reach).toBeGreaterThan(15_000);

  await test.step("list: newest first, filter by status in the URL", async () => {
    await page.goto(`/a/${handle}`);
    await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Campaigns" }).click();
    await expect(page).toHaveURL(new RegExp(`/a/${handle}/campaigns$`));
    await expect(page.getByRole("link", { name: "New campaign" })).toHaveAttribute("href", `/a/${handle}/campaigns/new`);
    await expect(rows(page)).toHaveCount(2);
    await expect(rows(page).nth(0)).toContainText("Weekend notice");
    await expect(rows(page).nth(0)).toContainText("Scheduled");
    await expect(rows(page).nth(0).locator("td").nth(2)).toHaveText(reachText);
    await expect(rows(page).nth(1)).toContainText("Winter draft");

    await page.getByRole("navigation", { name: "Filter by status" }).getByRole("link", { name: "Draft" }).click();
    await expect(page).toHaveURL(/\?status=draft$/);
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).nth(0)).toContainText("Winter draft");
    await page.goto(`/a/${handle}/campaigns?status=sent`);
    await expect(page.getByText("No sent campaigns.")).toBeVisible();
  });

  await test.step("a draft links to its editor", async () => {
    await page.goto(`/a/${handle}/campaigns/${draft.id}`);
    await expect(page.getByRole("link", { name: "Edit draft" })).toHaveAttribute("href", `/a/${handle}/campaigns/${draft.id}/edit`);
  });

  await test.step("a scheduled campaign: past time refused, rescheduled, then cancelled", async () => {
    await page.goto(`/a/${handle}/campaigns/${scheduled.id}`);
    await expect(statusBadge(page)).toHaveText("Scheduled");
    const time = page.getByLabel(`New time (${TZ})`);
    await time.fill(localInput(new Date(Date.now() - 3_600_000)));
    await page.getByRole("button", { name: "Reschedule" }).click();
    await expect(page.getByText(/must be later than now/)).toBeVisible();

    const later = localInput(new Date(Date.now() + 26 * 3_600_000));
    await page.getByLabel(`New time (${TZ})`).fill(later);
    await page.getByRole("button", { name: "Reschedule" }).click();
    const shown = later.replace("T", " ");
    await expect(page.getByRole("status").filter({ hasText: "Rescheduled for" })).toHaveText(`Rescheduled for ${shown} (${TZ}).`);
    await expect(page.locator("header")).toContainText(`scheduled for ${shown}`);

    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Cancel send" }).click();
    await expect(statusBadge(page)).toHaveText("Cancelled");
    await expect(page.getByRole("button", { name: "Reschedule" })).toHaveCount(0);
  });

  const sale = await postCampaign(request, token, { name: "Big winter sale", text: "Hi {displayName}, 20% off today: https://example.com/sale", send: true });

  await test.step("watch it send: pause, resume, bar reaches 100% and counters match", async () => {
    await page.goto(`/a/${handle}/campaigns/${sale.id}`);
    // The page follows the campaign by itself: Scheduled → Sending shows the Pause button.
    await page.getByRole("button", { name: "Pause" }).click({ timeout: 30_000 });
    await expect(statusBadge(page)).toHaveText("Paused");
    await expect(page.getByRole("button", { name: "Resume" })).toBeVisible();
    // Paused: batches already handed over finish, then the counters hold still short of the target.
    await expect
      .poll(async () => {
        const before = await counter(page, "sent").innerText();
        await page.waitForTimeout(2_500);
        return before === (await counter(page, "sent").innerText());
      }, { timeout: 30_000 })
      .toBe(true);
    const pausedAt = Number((await counter(page, "sent").innerText()).replaceAll(",", ""));
    expect(pausedAt).toBeLessThan(reach);
    expect(Number(await progress(page).getAttribute("aria-valuenow"))).toBeLessThan(100);

    await page.getByRole("button", { name: "Resume" }).click();
    await expect(progress(page)).toHaveAttribute("aria-valuenow", "100", { timeout: 120_000 });
    await expect(statusBadge(page)).toHaveText("Sent", { timeout: 30_000 });
    const api = await getCampaignCounters(request, token, sale.id);
    expect(api).toEqual({ targeted: reach, sent: reach, failed: 0, opened: 0, clicked: 0 });
    for (const [name, value] of Object.entries(api)) await expect(counter(page, name)).toHaveText(value.toLocaleString("en-US"));
    await expect(page.getByRole("button", { name: "Pause" })).toHaveCount(0);
  });

  await test.step("report: a follower's open and click, as rates and a chart, and the message as sent", async () => {
    // Nao sees the sale in the chat (the open), then taps its link: /r/ counts the click and
    // redirects to the campaign's URL, which the test doesn't follow out to the internet.
    await nao.page.goto(nao.inboxUrl);
    const room = chatRoom(nao.page, `Seed @${handle}`);
    await expect(room.locator("[data-bubble=text]")).toHaveText("Hi Nao, 20% off today: https://example.com/sale");
    await expect.poll(async () => (await getCampaignCounters(request, token, sale.id)).opened, { timeout: 20_000 }).toBe(1);
    const href = (await room.getByRole("link", { name: "https://example.com/sale" }).getAttribute("href"))!;
    const click = await nao.context.request.get(href, { maxRedirects: 0 });
    expect(click.status()).toBe(303);
    expect(click.headers().location).toBe("https://example.com/sale");
    await expect.poll(async () => (await getCampaignCounters(request, token, sale.id)).clicked, { timeout: 20_000 }).toBe(1);
    await nao.context.close();

    await page.reload();
    const report = page.getByRole("region", { name: "Report" });
    await expect(report.getByText("Delivered", { exact: true })).toBeVisible();
    await expect(report.locator("dd").nth(0)).toHaveText(reachText);
    await expect(report.locator("dd").nth(2)).toHaveText(reportRate(1, reach));
    await expect(report.locator("dd").nth(3)).toHaveText(reportRate(1, reach));
    await expect(page.getByText("No failed deliveries.")).toBeVisible();
    const chart = page.getByRole("figure", { name: "Open and click rate over time" });
    await expect(chart.locator(".recharts-line")).toHaveCount(2);
    await expect(chart.getByText("Open rate")).toBeVisible();
    await expect(page.locator('[data-bubble="text"]')).toHaveText("Hi {displayName}, 20% off today: https://example.com/sale");

    await page.goto(`/a/${handle}/campaigns?status=sent`);
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).nth(0)).toContainText("Big winter sale");
    await expect(rows(page).nth(0).locator("td").nth(3)).toHaveText(reachText);
    await expect(rows(page).nth(0).locator("td").nth(5)).toHaveText("1");
  });
});

test("an analyst sees the controls disabled; another account's campaign is a 404 in the page and its progress route", async ({ browser }) => {
  test.setTimeout(240_000);
  const ownerContext = await browser.newContext();
  const ownerPage = await ownerContext.newPage();
  const owner = newUser("Aki Owner");
  await signUp(ownerPage, owner);
  const handleA = unique("camp-a");
  const token = seedAccountWithToken(handleA, 5, owner.email);
  const campaign = await postCampaign(ownerContext.request, token, {
    name: "A's private plan",
    text: "Only for A",
    scheduledAt: new Date(Date.now() + 3_600_000).toISOString(),
    send: true,
  });

  const analystContext = await browser.newContext();
  const analyst = await analystContext.newPage();
  const analystUser = newUser("Ana Analyst");
  await signUp(analyst, analystUser);
  await addMemberInUi(ownerPage, handleA, analystUser.email, "analyst");

  await analyst.goto(`/a/${handleA}/campaigns`);
  await expect(analyst.getByRole("button", { name: "New campaign" })).toBeDisabled();
  await expect(analyst.getByText("Your role (Analyst) can't compose campaigns.")).toBeVisible();
  await analyst.getByRole("link", { name: "A's private plan" }).click();
  await expect(analyst.getByRole("button", { name: "Cancel send" })).toBeDisabled();
  await expect(analyst.getByRole("button", { name: "Reschedule" })).toBeDisabled();
  await expect(analyst.getByText("Your role (Analyst) can't send campaigns.")).toBeVisible();

  // The analyst's own account B: A's campaign id under B's handle is the same 404 as a missing one.
  const handleB = unique("camp-b");
  await createAccountInUi(analyst, { handle: handleB, name: "B Bakery" });
  await expect(analyst).toHaveURL(new RegExp(`/a/${handleB}$`));
  for (const id of [campaign.id, "00000000-0000-7000-8000-000000000000", "not-a-uuid"]) {
    await analyst.goto(`/a/${handleB}/campaigns/${id}`);
    await expect(analyst.getByRole("heading", { name: "Page not found" }), id).toBeVisible();
    await expect(analyst.getByText("A's private plan")).toHaveCount(0);
    const json = await analystContext.request.get(`/a/${handleB}/campaigns/${id}/progress`);
    expect(json.status(), id).toBe(404);
    expect(await json.json()).toEqual({ error: { code: "not_found", message: "There is no such campaign in this account. Check the id." } });
  }
  // A non-member under A's handle: the account itself is a 404.
  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  await signUp(stranger, newUser("Sam Stranger"));
  const response = await stranger.goto(`/a/${handleA}/campaigns/${campaign.id}`);
  expect(response?.status()).toBe(404);
  expect((await strangerContext.request.get(`/a/${handleA}/campaigns/${campaign.id}/progress`)).status()).toBe(404);
  const cancelled = await ownerContext.request.post(`/api/v1/campaigns/${campaign.id}/cancel`, { headers: { authorization: `Bearer ${token}` } });
  expect(cancelled.status()).toBe(200);
});
