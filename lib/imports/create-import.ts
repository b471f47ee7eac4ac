import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { storeImportUpload } from "@/lib/imports/store-import-upload";
import { enqueue } from "@/lib/jobs/queues";

type CreateImportInput = Parameters<typeof storeImportUpload>[0];

/** Stores the upload, then queues the `followers.import` job that reads it back. */
export async function createImport(input: CreateImportInput): Promise<{ id: string }> {
  const { id } = await storeImportUpload(input);
  try {
    await enqueue("followers.import", { importId: id, accountId: input.accountId });
  } catch (error) {
    // The file is safe but nothing will run it: say so on the import instead of leaving it queued forever.
    await prisma.import.updateMany({
      where: { id, accountId: input.accountId, status: "queued" },
      data: { status: "failed", error: "The import couldn't be queued because the job queue was unreachable. Upload the file again.", finishedAt: new Date() },
    });
    throw new AppError("unavailable", "The job queue is unreachable, so the import couldn't start. Try again in a minute.", { cause: error });
  }
  return { id };
}
