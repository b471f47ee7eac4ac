import type { Job } from "bullmq";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestAccount, createTestUser } from "@/lib/test/factories";
import { processFollowersImport } from "@/workers/followers-import";

/** The fields of a BullMQ job the processor reads: which attempt this is, out of how many. */
function attempt(attemptsMade: number, attempts: number) {
  return { attemptsMade, opts: { attempts } } as unknown as Job;
}

describe("processFollowersImport", () => {
  it("leaves a failing import to BullMQ's retries, and marks it failed with a reason after the last attempt", async () => {
    const owner = await createTestUser();
    const account = await createTestAccount({ ownerId: owner.id });
    // An upload whose first piece is gone can't be read, however often it's retried.
    const broken = await prisma.import.create({ data: { accountId: account.id, fileName: "broken.csv" }, select: { id: true } });
    await prisma.importChunk.create({ data: { importId: broken.id, seq: 1, data: Buffer.from("U1,,,,,,,\n") } });
    const payload = { importId: broken.id, accountId: account.id };

    await expect(processFollowersImport(payload, attempt(0, 8))).rejects.toThrow(/missing chunk 0/);
    expect(await prisma.import.findUniqueOrThrow({ where: { id: broken.id }, select: { status: true } })).toEqual({ status: "running" });

    await expect(processFollowersImport(payload, attempt(7, 8))).rejects.toThrow(/missing chunk 0/);
    const failed = await prisma.import.findUniqueOrThrow({ where: { id: broken.id }, select: { status: true, error: true, finishedAt: true } });
    expect(failed.status).toBe("failed");
    expect(failed.error).toMatch(/stopped after repeated errors/);
    expect(failed.finishedAt).toBeInstanceOf(Date);
  });
});
