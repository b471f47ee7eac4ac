import type { Job } from "bullmq";
import { jobs, type JobName, type JobPayload, type QueueName } from "@/lib/jobs/contract";
import type { JobContext } from "@/lib/delivery/types";
import { planCampaign } from "@/lib/campaigns/plan-campaign";
import { deliverBatch } from "@/lib/campaigns/deliver-batch";
import { reconcileCampaigns } from "@/lib/campaigns/reconcile-campaigns";
import { processFollowersImport } from "@/workers/followers-import";

type Processor<N extends JobName> = (payload: JobPayload<N>, job: Job, context: JobContext) => Promise<unknown>;

/** One processor per job name; the worker for a queue dispatches on the job's name. */
export const processors: { [N in JobName]?: Processor<N> } = {
  "followers.import": processFollowersImport,
  "campaign.plan": (payload, _job, context) => planCampaign(payload, context),
  "campaign.deliver": (payload, _job, context) => deliverBatch(payload, context),
  "campaign.reconcile": () => reconcileCampaigns(),
};

export function processorsFor(queue: QueueName): JobName[] {
  return (Object.keys(jobs) as JobName[]).filter((name) => jobs[name].queue === queue);
}
