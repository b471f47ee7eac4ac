import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { createTokenInUi } from "./api-tokens-fixtures";
import { createAccountInUi, newUser, signUp, unique } from "./fixtures";
import { addFriend } from "./inbox-fixtures";

type Counters = { targeted: number; sent: number; failed: number; opened: number; clicked: number };

async function getCampaign(request: APIRequestContext, apiToken: string, id: string) {
  const response = await request.get(`/api/v1/campaigns/${id}`, { headers: { authorization: `Bearer ${apiToken}` } });
  expect(response.status()).toBe(200);
  return (await response.json()) as { status: string; counters: Counters };
}

const XSS_SCRIPT = "<script>alert(1)</script>";
const XSS_IMG = "<img src=x onerror=alert(1)>";

test("friends get the campaign personalised in their own chat, as text; opens and clicks count once, through signed links only", async ({ browser, baseURL, request }) => {
  // A sign-up, two accounts, a token, a send through the worker and three browsers.
  test.slow();
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await signUp(owner, newUser("Shop Owner"));
  const handle = unique("cafe");
  await createAccountInUi(owner, { handle, name: "Green Café" });
  await expect(owner).toHaveURL(new RegExp(`/a/${handle}$`));
  const apiToken = await createTokenInUi(owner, handle, "Campaigns");

  const mika = await addFriend(browser, handle, "Mika");
  const ken = await addFriend(browser, handle, "Ken");

  const landing = `${baseURL}/api/health`;
  const created = await request.post("/api/v1/campaigns", {
    headers: { authorization: `Bearer ${apiToken}` },
    data: {
      name: "Autumn sale",
      send: true,
      messages: [
        { type: "text", text: `Hi {displayName}! ${XSS_SCRIPT} ${XSS_IMG} Details: ${landing}?from=text` },
        {
          type: "card",
          imageUrl: `${baseURL}/card.png`,
          title: XSS_IMG,
          text: `For {displayName} ${XSS_SCRIPT}`,
          button: { label: "Get coupon", url: landing },
        },
      ],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const campaignId = ((await created.json()) as { id: string }).id;
  await expect.poll(async () => (await getCampaign(request, apiToken, campaignId)).status, { timeout: 60_000 }).toBe("sent");
  expect((await getCampaign(request, apiToken, campaignId)).counters).toMatchObject({ sent: 2, opened: 0, clicked: 0 });

  // Mika's chat: her name filled in, the markup shown as literal text, nothing of it run or inserted.
  const page: Page = mika.page;
  await page.goto(mika.inboxUrl);
  const room = page.getByRole("main", { name: "Messages from Green Café" });
  await expect(room.getByText(`Hi Mika! ${XSS_SCRIPT} ${XSS_IMG} Details:`)).toBeVisible();
  await expect(room.getByText(`For Mika ${XSS_SCRIPT}`)).toBeVisible();
  await expect(room.getByText(XSS_IMG, { exact: true })).toBeVisible();
  await expect(room.getByRole("link", { name: `${landing}?from=text` })).toBeVisible();
  expect(await room.locator('img[src="x"], script').count()).toBe(0);
  expect(await page.evaluate(() => document.querySelectorAll("img[onerror], [onerror]").length)).toBe(0);
  await expect(room.getByText("Ken")).toHaveCount(0);

  // Seeing the message is the open; a reload doesn't count it twice.
  await expect.poll(async () => (await getCampaign(request, apiToken, campaignId)).counters.opened, { timeout: 20_000 }).toBe(1);
  await page.reload();
  await expect(room.getByText(`Hi Mika!`, { exact: false })).toBeVisible();

  // The card button goes through /r/<token>, lands on the campaign's URL and counts one click.
  const button = room.getByRole("link", { name: "Get coupon" });
  const href = (await button.getAttribute("href"))!;
  expect(href).toMatch(/^\/r\/\d+\.1\.0\.[\w-]+$/);
  const [landed] = await Promise.all([page.context().waitForEvent("page"), button.click()]);
  await expect(landed).toHaveURL(landing);
  await expect.poll(async () => (await getCampaign(request, apiToken, campaignId)).counters.clicked, { timeout: 20_000 }).toBe(1);
  // The text link is tracked too, but a second click of the same delivery isn't a new click.
  const textLink = room.getByRole("link", { name: `${landing}?from=text` });
  expect(await textLink.getAttribute("href")).toMatch(/^\/r\/\d+\.0\.0\./);
  const [landedAgain] = await Promise.all([page.context().waitForEvent("page"), textLink.click()]);
  await expect(landedAgain).toHaveURL(`${landing}?from=text`);
  expect((await getCampaign(request, apiToken, campaignId)).counters).toMatchObject({ opened: 1, clicked: 1 });

  // A tracking token can't be bent to another delivery, another link or an outside URL.
  const [, deliveryId, , signature] = href.match(/^\/r\/(\d+)\.(\d+\.\d+)\.([\w-]+)$/)!;
  for (const altered of [
    `/r/${Number(deliveryId) + 1}.1.0.${signature}`,
    `/r/${deliveryId}.0.1.${signature}`,
    `/r/${deliveryId}.1.0.${signature!.slice(0, -2)}xx`,
    `${href}?url=https://evil.example/`,
  ]) {
    const response = await request.get(altered, { maxRedirects: 0 });
    if (altered.includes("?url=")) {
      // The query is ignored: still the campaign's own URL.
      expect(response.status()).toBe(303);
      expect(response.headers().location).toBe(landing);
    } else {
      expect(response.status(), altered).toBe(404);
    }
  }

  // Ken's chat is his own: his name, none of Mika's.
  await ken.page.goto(ken.inboxUrl);
  const kenRoom = ken.page.getByRole("main", { name: "Messages from Green Café" });
  await expect(kenRoom.getByText(`Hi Ken! ${XSS_SCRIPT}`, { exact: false })).toBeVisible();
  await expect(kenRoom.getByText("Mika")).toHaveCount(0);
  const kenHref = (await kenRoom.getByRole("link", { name: "Get coupon" }).getAttribute("href"))!;
  expect(kenHref).not.toBe(href);
  await expect.poll(async () => (await getCampaign(request, apiToken, campaignId)).counters.opened, { timeout: 20_000 }).toBe(2);

  // Mika follows a second account: her chat list shows both, Ken's only the one he added.
  const secondHandle = unique("bakery");
  await createAccountInUi(owner, { handle: secondHandle, name: "Blue Bakery" });
  await expect(owner).toHaveURL(new RegExp(`/a/${secondHandle}$`));
  await page.goto(`/@${secondHandle}/add`);
  await page.getByRole("button", { name: "Add friend" }).click();
  await expect(page).toHaveURL(/\/f\/[0-9a-f]{32}$/);
  await page.getByRole("link", { name: "Chats", exact: true }).click();
  const chats = page.getByRole("list", { name: "Chats" });
  await expect(chats.getByRole("link")).toHaveCount(2);
  await expect(chats.getByRole("link", { name: /Green Café.*\[Card\]/ })).toBeVisible();
  await expect(chats.getByRole("link", { name: /Blue Bakery.*No messages yet/ })).toBeVisible();
  await chats.getByRole("link", { name: /Green Café/ }).click();
  await expect(page).toHaveURL(mika.inboxUrl);

  await ken.page.goto(`${ken.inboxUrl}/chats`);
  const kenChats = ken.page.getByRole("list", { name: "Chats" });
  await expect(kenChats.getByRole("link")).toHaveCount(1);
  await expect(kenChats.getByRole("link", { name: /Green Café/ })).toBeVisible();

  expect([...mika.dialogs, ...ken.dialogs]).toEqual([]);
  await Promise.all([mika.context.close(), ken.context.close(), ownerContext.close()]);
});

test("an unknown chat link or click token is a 404", async ({ request }) => {
  for (const path of [`/f/${"0".repeat(32)}/chats`, "/r/1.0.0.AAAA", "/r/nonsense"]) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }
  const beacon = await request.post(`/f/${"0".repeat(32)}/opens`, { data: { deliveryIds: ["1"] } });
  expect(beacon.status()).toBe(404);
});
