-- DropIndex
DROP INDEX "followers_account_id_gender_birth_year_idx";

-- AlterTable
ALTER TABLE "followers" ALTER COLUMN "sample_bucket" SET DEFAULT floor(random() * 1000)::smallint;

-- CreateIndex
CREATE INDEX "followers_account_id_gender_birth_year_area_status_idx" ON "followers"("account_id", "gender", "birth_year", "area", "status");
