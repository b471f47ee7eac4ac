import { expect, type APIRequestContext, type Page } from "@playwright/test";

/** Creates a token through the settings page, as an owner would, and reads the one-time secret off the page. */
export async function createTokenInUi(page: Page, handle: string, name: string): Promise<string> {
  await page.goto(`/a/${handle}/settings/api-tokens`);
  await page.getByLabel("Token name").fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  const value = page.getByRole("region", { name: "New token" }).getByLabel("Token value");
  await expect(value).toHaveText(/^fc_/);
  return (await value.textContent())!.trim();
}

export type ApiFollower = {
  externalId: string;
  displayName?: string;
  gender?: "female" | "male" | "unknown";
  birthYear?: number;
  area?: string;
  language?: string;
  os?: "ios" | "android" | "other";
  tags?: string[];
};

export async function postFollowers(request: APIRequestContext, token: string, followers: ApiFollower[]) {
  return request.post("/api/v1/followers", { headers: { authorization: `Bearer ${token}` }, data: { followers } });
}
