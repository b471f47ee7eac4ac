import { randomUUID } from "node:crypto";
import { expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";

export const PASSWORD = "correct horse battery staple";

/** Every spec seeds its own people and accounts, with names no other run can collide with. */
export function unique(prefix: string): string {
  return `${prefix}-${randomUUID().replaceAll("-", "").slice(0, 10)}`;
}

export type TestUser = { name: string; email: string; password: string };

export function newUser(name = "E2E User"): TestUser {
  return { name, email: `${unique("e2e")}@example.com`, password: PASSWORD };
}

/** Signs up through the real form; the app signs the new user in and asks for a first account. */
export async function signUp(page: Page, user: TestUser) {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Create login" }).click();
  await expect(page).toHaveURL(/\/accounts\/new$/);
}

/** Signs in through Auth.js's HTTP API (CSRF token + credentials callback), as a script would. */
export async function signInViaApi(request: APIRequestContext, user: Pick<TestUser, "email" | "password">) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: user.email, password: user.password },
    maxRedirects: 0,
  });
  return response;
}

export type AccountForm = { handle: string; name: string; category?: string; area?: string; kind?: string };

export async function createAccountInUi(page: Page, account: AccountForm) {
  await page.goto("/accounts/new");
  await page.getByLabel("Handle").fill(`@${account.handle}`);
  await page.getByLabel("Name", { exact: true }).fill(account.name);
  if (account.kind) await page.getByLabel("Kind").selectOption(account.kind);
  await page.getByLabel("Category").fill(account.category ?? "Café");
  await page.getByLabel("Area").fill(account.area ?? "Tokyo");
  await page.getByRole("button", { name: "Create account" }).click();
}

/** An owner or admin adds a signed-up user to the account through the members page. */
export async function addMemberInUi(page: Page, handle: string, email: string, role: string) {
  await page.goto(`/a/${handle}/settings/members`);
  await page.getByLabel("Email of a signed-up user").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption(role);
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.locator("form").getByRole("status")).toHaveText(`Added ${email}.`);
}

/**
 * A tenant: a new user in a browser context of their own, signed up, with a new account they own
 * and its home page open. The security specs start from two of these.
 */
export async function signUpTenant(
  browser: Browser,
  { userName, handlePrefix, accountName }: { userName: string; handlePrefix: string; accountName: string },
): Promise<{ context: BrowserContext; page: Page; handle: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUp(page, newUser(userName));
  const handle = unique(handlePrefix);
  await createAccountInUi(page, { handle, name: accountName });
  await expect(page).toHaveURL(new RegExp(`/a/${handle}$`));
  return { context, page, handle };
}
