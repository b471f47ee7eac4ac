"use server";
import { revalidatePath } from "next/cache";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { createApiTokenSchema, revokeApiTokenSchema } from "@/lib/api-tokens/schemas";
import { requireRole } from "@/lib/auth/require-role";
import { parseForm, runFormAction, type ActionState } from "@/lib/forms/action-state";

export type CreateTokenState = ActionState & { token?: string; tokenName?: string };

export async function createApiTokenAction(handle: string, _prev: CreateTokenState, formData: FormData): Promise<CreateTokenState> {
  let created: { token: string; name: string } | undefined;
  const state = await runFormAction(formData, async () => {
    const { account, user } = await requireRole({ handle, permission: "tokens.manage" });
    const input = parseForm(createApiTokenSchema, formData);
    const { token, apiToken } = await createApiToken({ accountId: account.id, actorId: user.id, input });
    created = { token, name: apiToken.name };
    revalidatePath(`/a/${account.handle}/settings/api-tokens`);
    return `Created “${apiToken.name}”.`;
  });
  // The secret travels in this one response only; it is never stored or rendered again.
  return created ? { ...state, token: created.token, tokenName: created.name } : state;
}

export async function revokeApiTokenAction(handle: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, async () => {
    const { account, user } = await requireRole({ handle, permission: "tokens.manage" });
    await revokeApiToken({ accountId: account.id, actorId: user.id, input: parseForm(revokeApiTokenSchema, formData) });
    revalidatePath(`/a/${account.handle}/settings/api-tokens`);
    return "Token revoked. Requests with it now get 401.";
  });
}
