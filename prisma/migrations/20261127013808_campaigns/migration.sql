-- CreateEnum
CREATE TYPE "CampaignStatus" AS ENUM ('draft', 'scheduled', 'sending', 'paused', 'sent', 'cancelled', 'failed');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('pending', 'sent', 'failed', 'skipped');

-- CreateEnum
CREATE TYPE "DeliveryBatchStatus" AS ENUM ('pending', 'done');

-- CreateTable
CREATE TABLE "campaigns" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "created_by_id" UUID,
    "name" TEXT NOT NULL,
    "messages" JSONB NOT NULL,
    "audience" JSONB NOT NULL,
    "status" "CampaignStatus" NOT NULL DEFAULT 'draft',
    "scheduled_at" TIMESTAMP(3),
    "frozen_max_follower_id" BIGINT,
    "plan_cursor" BIGINT NOT NULL DEFAULT 0,
    "next_batch_no" INTEGER NOT NULL DEFAULT 0,
    "is_plan_done" BOOLEAN NOT NULL DEFAULT false,
    "quota_month" TEXT,
    "quota_reserved" INTEGER NOT NULL DEFAULT 0,
    "targeted" INTEGER NOT NULL DEFAULT 0,
    "sent" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "opened" INTEGER NOT NULL DEFAULT 0,
    "clicked" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "started_at" TIMESTAMP(3),
    "finished_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "campaigns_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "deliveries" (
    "id" BIGSERIAL NOT NULL,
    "campaign_id" UUID NOT NULL,
    "follower_id" BIGINT NOT NULL,
    "batch_no" INTEGER NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'pending',
    "error" TEXT,
    "sent_at" TIMESTAMP(3),
    "opened_at" TIMESTAMP(3),
    "clicked_at" TIMESTAMP(3),

    CONSTRAINT "deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "delivery_batches" (
    "campaign_id" UUID NOT NULL,
    "batch_no" INTEGER NOT NULL,
    "first_follower_id" BIGINT NOT NULL,
    "last_follower_id" BIGINT NOT NULL,
    "size" INTEGER NOT NULL,
    "status" "DeliveryBatchStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "delivery_batches_pkey" PRIMARY KEY ("campaign_id","batch_no")
);

-- CreateTable
CREATE TABLE "inbox_messages" (
    "delivery_id" BIGINT NOT NULL,
    "account_id" UUID NOT NULL,
    "follower_id" BIGINT NOT NULL,
    "campaign_id" UUID NOT NULL,
    "bubbles" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inbox_messages_pkey" PRIMARY KEY ("delivery_id")
);

-- CreateTable
CREATE TABLE "quota_usages" (
    "account_id" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "reserved" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "quota_usages_pkey" PRIMARY KEY ("account_id","month")
);

-- CreateIndex
CREATE INDEX "campaigns_account_id_created_at_idx" ON "campaigns"("account_id", "created_at");

-- CreateIndex
CREATE INDEX "campaigns_status_finished_at_idx" ON "campaigns"("status", "finished_at");

-- CreateIndex
CREATE UNIQUE INDEX "deliveries_campaign_id_follower_id_key" ON "deliveries"("campaign_id", "follower_id");

-- CreateIndex
CREATE INDEX "delivery_batches_campaign_id_status_idx" ON "delivery_batches"("campaign_id", "status");

-- CreateIndex
CREATE INDEX "inbox_messages_follower_id_created_at_idx" ON "inbox_messages"("follower_id", "created_at");

-- AddForeignKey
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_follower_id_fkey" FOREIGN KEY ("follower_id") REFERENCES "followers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delivery_batches" ADD CONSTRAINT "delivery_batches_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inbox_messages" ADD CONSTRAINT "inbox_messages_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inbox_messages" ADD CONSTRAINT "inbox_messages_follower_id_fkey" FOREIGN KEY ("follower_id") REFERENCES "followers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inbox_messages" ADD CONSTRAINT "inbox_messages_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quota_usages" ADD CONSTRAINT "quota_usages_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rows are inserted pending and updated once to sent: free space on each page lets that update
-- stay HOT (no index touched), which is most of the fan-out's write cost.
ALTER TABLE "deliveries" SET (fillfactor = 80);
