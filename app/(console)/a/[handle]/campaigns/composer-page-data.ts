import "server-only";
import { forbiddenMessage, type AccountContext } from "@/lib/auth/require-role";
import { can } from "@/lib/auth/roles";
import { countAudienceReach } from "@/lib/campaigns/count-audience-reach";
import type { Audience } from "@/lib/campaigns/schemas";
import { listSegmentNames } from "@/lib/segments/list-segment-names";

/** What both composer pages hand the client besides the draft: segments, the audience's reach, and why a button is off. */
export async function getComposerPageData({ account, role }: AccountContext, audience: Audience) {
  const [segments, initialReach] = await Promise.all([
    listSegmentNames({ accountId: account.id }),
    countAudienceReach({ accountId: account.id, audience }),
  ]);
  return {
    handle: account.handle,
    accountName: account.name,
    timezone: account.timezone,
    segments,
    initialReach,
    composeBlockedReason: can(role, "campaigns.compose") ? undefined : forbiddenMessage(role, "campaigns.compose"),
    sendBlockedReason: can(role, "campaigns.send") ? undefined : forbiddenMessage(role, "campaigns.send"),
  };
}
