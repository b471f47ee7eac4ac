import { createHmac } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createAccountInUi, newUser, signUp, unique } from "./fixtures";

function sign(secret: string, body: string) {
  return createHmac("sha256", secret).update(body).digest("base64");
}

async function revealSecret(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Reveal" }).click();
  const field = page.getByTestId("channel-secret");
  await expect(field).toHaveText(/^[0-9a-f]{64}$/);
  return (await field.textContent())!;
}

test("the platform posts signed events to the webhook URL shown in channel settings; rotating the secret retires the old one", async ({ page, baseURL }) => {
  await signUp(page, newUser("Webhook Owner"));
  const handle = unique("brand");
  await createAccountInUi(page, { handle, name: "Webhook Brand", kind: "brand", category: "Drinks" });
  await expect(page).toHaveURL(new RegExp(`/a/${handle}$`));

  await page.getByRole("link", { name: "Channel" }).click();
  await expect(page.getByRole("heading", { name: "Channel", exact: true })).toBeVisible();
  const webhookUrl = `${baseURL}/api/platform/webhook/${handle}`;
  await expect(page.getByTestId("webhook-url")).toHaveText(webhookUrl);
  await expect(page.getByTestId("channel-secret")).toHaveText("•".repeat(32));
  const secret = await revealSecret(page);

  const body = JSON.stringify({
    events: [
      {
        id: "ev-1",
        type: "follow",
        timestamp: Date.now(),
        source: { userId: "U4af4980629" },
        profile: { displayName: "Mika", gender: "female", birthYear: 1996, area: "Tokyo", language: "ja", os: "ios" },
      },
    ],
  });
  const post = (raw: string, signature: string) =>
    page.request.post(webhookUrl, { data: raw, headers: { "content-type": "application/json", "x-friendcast-signature": signature } });

  const first = await post(body, sign(secret, body));
  expect(first.status()).toBe(200);
  expect(await first.json()).toEqual({ ok: true, applied: 1, duplicates: 0, ignored: 0 });

  const replay = await post(body, sign(secret, body));
  expect(await replay.json()).toEqual({ ok: true, applied: 0, duplicates: 1, ignored: 0 });

  const unsigned = await post(body, "");
  expect(unsigned.status()).toBe(401);

  // Rotate: confirm first, then the old secret gets 401 and the new one works.
  await page.getByRole("button", { name: "Rotate secret" }).click();
  await page.getByRole("button", { name: "Yes, rotate the secret" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Channel secret rotated." })).toBeVisible();
  await expect(page.getByTestId("channel-secret")).toHaveText("•".repeat(32));
  const rotated = await revealSecret(page);
  expect(rotated).not.toBe(secret);

  const next = JSON.stringify({ events: [{ id: "ev-2", type: "unfollow", timestamp: Date.now(), source: { userId: "U4af4980629" } }] });
  expect((await post(next, sign(secret, next))).status()).toBe(401);
  const accepted = await post(next, sign(rotated, next));
  expect(accepted.status()).toBe(200);
  expect(await accepted.json()).toEqual({ ok: true, applied: 1, duplicates: 0, ignored: 0 });
});
