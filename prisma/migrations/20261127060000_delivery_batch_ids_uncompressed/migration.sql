-- A batch's follower ids are written once and read up to three times while it is delivered;
-- compressing them saves some bytes but costs CPU on every write and every read. EXTERNAL keeps
-- the array out of line (the row stays small) without compressing it. Prisma does not model
-- column storage, so this migration is the only place it is set.
ALTER TABLE "delivery_batches" ALTER COLUMN "follower_ids" SET STORAGE EXTERNAL;
