-- CreateIndex
CREATE INDEX "followers_account_id_id_idx" ON "followers"("account_id", "id");
