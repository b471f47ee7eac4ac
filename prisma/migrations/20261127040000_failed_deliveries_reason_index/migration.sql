-- The campaign report groups a campaign's failed deliveries by reason. Partial: only failed rows
-- are indexed, so the report never reads the (far more numerous) sent rows, and marking a row sent
-- doesn't touch this index. Prisma's schema language can't express a partial index, so it lives
-- here only; a later `migrate dev` that proposes dropping it must have that line removed.
CREATE INDEX "deliveries_campaign_id_error_failed_idx" ON "deliveries" ("campaign_id", "error") WHERE "status" = 'failed';
