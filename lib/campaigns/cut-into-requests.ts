import { GATEWAY_REQUEST_SIZE } from "@/lib/campaigns/fanout-settings";
import { getJobId } from "@/lib/jobs/queues";
import type { BatchKey, OutboundBatch } from "@/lib/delivery/types";

/**
 * A batch's recipients as gateway requests, cut by their position in the frozen batch, so each
 * request holds the same recipients under the same retry key on every retry of the batch.
 * `recipients` is the flat JSON array deliver-batch loads (externalId, displayName per position;
 * nulls for a follower deleted since planning, who is left out but keeps their place).
 */
export function cutIntoRequests(key: BatchKey, recipients: string | null): OutboundBatch["parts"] {
  const batchId = getJobId("campaign.deliver", key);
  const flat = (recipients ? JSON.parse(recipients) : []) as (string | null)[];
  const count = flat.length / 2;
  const parts: OutboundBatch["parts"] = [];
  for (let first = 1, n = 0; first <= count; first += GATEWAY_REQUEST_SIZE, n++) {
    const last = Math.min(count, first + GATEWAY_REQUEST_SIZE - 1);
    const part: OutboundBatch["parts"][number] = { requestId: `${batchId}-${n}`, first, last, recipients: [] };
    for (let position = first; position <= last; position++) {
      const externalId = flat[2 * position - 2];
      if (externalId != null) part.recipients.push({ externalId, displayName: flat[2 * position - 1] ?? "" });
    }
    if (part.recipients.length > 0) parts.push(part);
  }
  return parts;
}
