import type { Job } from "bullmq";
import { jobs, type JobName, type JobPayload, type QueueName } from "@/lib/jobs/contract";
import { processFollowersImport } from "@/workers/followers-import";

type Processor<N extends JobName> = (payload: JobPayload<N>, job: Job) => Promise<unknown>;

/** One processor per job name; the worker for a queue dispatches on the job's name. */
export const processors: { [N in JobName]?: Processor<N> } = {
  "followers.import": processFollowersImport,
};

export function processorsFor(queue: QueueName): JobName[] {
  return (Object.keys(jobs) as JobName[]).filter((name) => jobs[name].queue === queue);
}
