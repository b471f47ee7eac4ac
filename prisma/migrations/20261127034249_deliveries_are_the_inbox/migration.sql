-- The follower inbox reads delivered rows (deliveries) and renders the campaign's bubbles for the
-- follower, instead of a second copy of every message in inbox_messages.
ALTER TABLE "inbox_messages" DROP CONSTRAINT "inbox_messages_account_id_fkey";
ALTER TABLE "inbox_messages" DROP CONSTRAINT "inbox_messages_campaign_id_fkey";
ALTER TABLE "inbox_messages" DROP CONSTRAINT "inbox_messages_follower_id_fkey";
DROP TABLE "inbox_messages";

-- Deliver reads a batch by primary-key range; batches planned before this keep working.
ALTER TABLE "delivery_batches" ADD COLUMN "first_delivery_id" BIGINT, ADD COLUMN "last_delivery_id" BIGINT;
UPDATE "delivery_batches" b SET "first_delivery_id" = r.lo, "last_delivery_id" = r.hi
FROM (SELECT campaign_id, batch_no, min(id) AS lo, max(id) AS hi FROM "deliveries" GROUP BY campaign_id, batch_no) r
WHERE r.campaign_id = b.campaign_id AND r.batch_no = b.batch_no;
UPDATE "delivery_batches" SET "first_delivery_id" = 0, "last_delivery_id" = 0 WHERE "first_delivery_id" IS NULL;
ALTER TABLE "delivery_batches" ALTER COLUMN "first_delivery_id" SET NOT NULL, ALTER COLUMN "last_delivery_id" SET NOT NULL;

-- pending → sent rewrites every row once; room on its page lets PostgreSQL do it as a HOT update
-- (no new index entries), which halves what a delivery costs.
ALTER TABLE "deliveries" SET (fillfactor = 50);
