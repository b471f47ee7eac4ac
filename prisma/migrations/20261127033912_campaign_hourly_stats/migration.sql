-- CreateTable
CREATE TABLE "campaign_hourly_stats" (
    "campaign_id" UUID NOT NULL,
    "hour" TIMESTAMP(3) NOT NULL,
    "opened" INTEGER NOT NULL DEFAULT 0,
    "clicked" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "campaign_hourly_stats_pkey" PRIMARY KEY ("campaign_id","hour")
);

-- AddForeignKey
ALTER TABLE "campaign_hourly_stats" ADD CONSTRAINT "campaign_hourly_stats_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;
