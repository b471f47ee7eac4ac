-- DropIndex
DROP INDEX "followers_account_id_status_gender_birth_year_area_idx";

-- AlterTable
ALTER TABLE "followers" ADD COLUMN     "sample_bucket" SMALLINT NOT NULL DEFAULT floor(random() * 1000)::smallint;

-- CreateIndex
CREATE INDEX "followers_audience_sample_idx" ON "followers"("account_id", "status", "sample_bucket", "gender", "birth_year", "area");
