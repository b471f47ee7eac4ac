import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

type AuditClient = Pick<Prisma.TransactionClient, "auditLog">;

export type AuditEntry = {
  accountId: string;
  actorId: string | null;
  action: string;
  details?: Prisma.InputJsonObject;
};

/** Takes the caller's transaction client so the log line commits or rolls back with the change it records. */
export async function writeAuditLog(db: AuditClient, { accountId, actorId, action, details = {} }: AuditEntry) {
  await db.auditLog.create({ data: { accountId, actorId, action, details } });
}
