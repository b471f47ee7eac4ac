-- The follower inbox reads delivered rows (deliveries) and renders the campaign's bubbles for the
-- follower, instead of a second copy of every message in inbox_messages.
ALTER TABLE "inbox_messages" DROP CONSTRAINT "inbox_messages_account_id_fkey";
ALTER TABLE "inbox_messages" DROP CONSTRAINT "inbox_messages_campaign_id_fkey";
ALTER TABLE "inbox_messages" DROP CONSTRAINT "inbox_messages_follower_id_fkey";
DROP TABLE "inbox_messages";

-- A batch carries its frozen recipients; deliveries are written when they are delivered. Batches
-- planned before this (their rows already pending in deliveries) get their recipients from them.
ALTER TABLE "delivery_batches" ADD COLUMN "follower_ids" BIGINT[];
UPDATE "delivery_batches" b SET "follower_ids" = r.ids
FROM (SELECT campaign_id, batch_no, array_agg(follower_id ORDER BY follower_id) AS ids FROM "deliveries" WHERE status = 'pending' GROUP BY campaign_id, batch_no) r
WHERE r.campaign_id = b.campaign_id AND r.batch_no = b.batch_no;
UPDATE "delivery_batches" SET "follower_ids" = '{}' WHERE "follower_ids" IS NULL;
DELETE FROM "deliveries" WHERE status = 'pending';
ALTER TABLE "delivery_batches" ALTER COLUMN "follower_ids" SET NOT NULL;
ALTER TABLE "delivery_batches" DROP COLUMN "first_follower_id", DROP COLUMN "last_follower_id";
