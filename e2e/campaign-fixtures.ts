import { execFileSync } from "node:child_process";
import type { APIRequestContext, Page } from "@playwright/test";
import sharp from "sharp";
import { testEnv } from "../scripts/lib/config.mjs";

/** An account on the Standard plan owned by `ownerEmail`, with `followers` synthetic followers and an API token. */
export function seedAccountWithToken(handle: string, followers: number, ownerEmail: string): string {
  const out = execFileSync(
    "node_modules/.bin/tsx",
    ["--conditions=react-server", "prisma/seed.ts", "--account", handle, "--followers", String(followers), "--owner", ownerEmail, "--print-token"],
    { env: { ...process.env, ...testEnv() }, stdio: ["ignore", "pipe", "pipe"] },
  );
  return (JSON.parse(out.toString().trim().split("\n").at(-1)!) as { token: string }).token;
}

export type CampaignInput = { name: string; text: string; scheduledAt?: string; send: boolean };

export async function postCampaign(request: APIRequestContext, token: string, input: CampaignInput) {
  const response = await request.post("/api/v1/campaigns", {
    headers: { authorization: `Bearer ${token}` },
    data: { name: input.name, messages: [{ type: "text", text: input.text }], audience: { type: "all" }, scheduledAt: input.scheduledAt, send: input.send },
  });
  if (response.status() !== 201) throw new Error(`POST /api/v1/campaigns: ${response.status()} ${await response.text()}`);
  return (await response.json()) as { id: string; status: string };
}

export async function getCampaignCounters(request: APIRequestContext, token: string, id: string) {
  const response = await request.get(`/api/v1/campaigns/${id}`, { headers: { authorization: `Bearer ${token}` } });
  return ((await response.json()) as { counters: Record<"targeted" | "sent" | "failed" | "opened" | "clicked", number> }).counters;
}

/** A real PNG with a label on it, wider than a phone needs so the server's resize to 1040 px shows. */
export function testPng(label: string): Promise<Buffer> {
  return sharp(
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="1600" height="900" fill="#06c755"/>` +
        `<circle cx="1300" cy="250" r="180" fill="#ffffff" opacity="0.35"/>` +
        `<text x="120" y="520" font-family="sans-serif" font-size="150" font-weight="bold" fill="#ffffff">${label}</text></svg>`,
    ),
  )
    .png()
    .toBuffer();
}

/** The composer's phone preview. */
export const phonePreview = (page: Page) => page.getByTestId("phone-preview");

/** On a campaign's page: one live counter (targeted, sent, failed, opened, clicked), the bar, the status badge. */
export const campaignCounter = (page: Page, name: string) => page.locator(`[data-counter="${name}"]`);
export const deliveryProgress = (page: Page) => page.getByRole("progressbar", { name: "Delivery progress" });
export const campaignStatusBadge = (page: Page) => page.locator("header [data-status]");

/** The report's figures as the page shows them: a share of delivered, one decimal. */
export const reportRate = (count: number, of: number) => `${(Math.round((count / of) * 1000) / 10).toLocaleString("en-US")}%`;
