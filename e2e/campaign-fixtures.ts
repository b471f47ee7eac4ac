import { execFileSync } from "node:child_process";
import type { APIRequestContext } from "@playwright/test";
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

/**
 * Unique opens and clicks per hour, as the inbox's open/click tracking records them (it bumps the
 * hourly row and the campaign's counters together). Written straight to the test database until
 * that tracking lands, so the report's chart has something to draw.
 */
export function recordHourlyStats(campaignId: string, hours: { hour: Date; opened: number; clicked: number }[]) {
  if (!/^[0-9a-f-]{36}$/.test(campaignId)) throw new Error(`not a campaign id: ${campaignId}`);
  const values = hours.map((h) => `('${campaignId}', '${h.hour.toISOString()}', ${Math.trunc(h.opened)}, ${Math.trunc(h.clicked)})`).join(", ");
  const opened = hours.reduce((sum, h) => sum + Math.trunc(h.opened), 0);
  const clicked = hours.reduce((sum, h) => sum + Math.trunc(h.clicked), 0);
  execFileSync("psql", [
    testEnv().DATABASE_URL,
    "-v",
    "ON_ERROR_STOP=1",
    "-q",
    "-c",
    `BEGIN; INSERT INTO campaign_hourly_stats (campaign_id, hour, opened, clicked) VALUES ${values};
     UPDATE campaigns SET opened = opened + ${opened}, clicked = clicked + ${clicked} WHERE id = '${campaignId}'; COMMIT;`,
  ]);
}
