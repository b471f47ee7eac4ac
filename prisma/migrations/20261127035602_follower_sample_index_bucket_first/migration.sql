-- DropIndex
DROP INDEX "followers_audience_sample_idx";

-- AlterTable
ALTER TABLE "followers" ALTER COLUMN "sample_bucket" SET DEFAULT floor(random() * 1000)::smallint;

-- CreateIndex
CREATE INDEX "followers_audience_sample_idx" ON "followers"("account_id", "sample_bucket", "status", "gender", "birth_year", "area");
