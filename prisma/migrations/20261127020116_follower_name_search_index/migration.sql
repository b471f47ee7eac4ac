-- pg_trgm is a trusted extension shipped with PostgreSQL: a database owner can create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "followers_display_name_trgm_idx" ON "followers" USING GIN ("display_name" gin_trgm_ops);
