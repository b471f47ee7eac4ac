-- CreateIndex
CREATE INDEX "followers_account_id_status_gender_birth_year_area_idx" ON "followers"("account_id", "status", "gender", "birth_year", "area");
