import type { Job } from "bullmq";
import { prisma } from "@/lib/db";
import { runImport } from "@/lib/imports/run-import";
import type { JobPayload } from "@/lib/jobs/contract";

/**
 * Runs an import; BullMQ retries a failed attempt and runImport resumes after the last committed
 * batch. When the last attempt fails, the import says so instead of staying "Importing" forever.
 */
export async function processFollowersImport(payload: JobPayload<"followers.import">, job: Job) {
  try {
    return await runImport(payload);
  } catch (error) {
    const attempts = job.opts.attempts ?? 1;
    if (job.attemptsMade + 1 >= attempts) {
      await prisma.import.updateMany({
        where: { id: payload.importId, accountId: payload.accountId, status: { in: ["queued", "running"] } },
        data: {
          status: "failed",
          error: "The import stopped after repeated errors on our side. The rows imported so far are kept; upload the file again to finish it.",
          finishedAt: new Date(),
        },
      });
    }
    throw error;
  }
}
