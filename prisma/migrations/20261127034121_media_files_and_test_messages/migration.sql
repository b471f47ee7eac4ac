-- CreateTable
CREATE TABLE "media_files" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "path" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "bytes" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "media_files_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "test_messages" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "follower_id" BIGINT NOT NULL,
    "campaign_id" UUID,
    "bubbles" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "test_messages_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "media_files_account_id_created_at_idx" ON "media_files"("account_id", "created_at");

-- CreateIndex
CREATE INDEX "test_messages_follower_id_created_at_idx" ON "test_messages"("follower_id", "created_at");

-- CreateIndex
CREATE INDEX "test_messages_account_id_created_at_idx" ON "test_messages"("account_id", "created_at");

-- AddForeignKey
ALTER TABLE "media_files" ADD CONSTRAINT "media_files_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "test_messages" ADD CONSTRAINT "test_messages_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "test_messages" ADD CONSTRAINT "test_messages_follower_id_fkey" FOREIGN KEY ("follower_id") REFERENCES "followers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "test_messages" ADD CONSTRAINT "test_messages_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE SET NULL ON UPDATE CASCADE;
