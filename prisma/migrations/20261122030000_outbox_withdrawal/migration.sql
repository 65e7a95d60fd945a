-- AlterEnum
ALTER TYPE "OutboxStatus" ADD VALUE 'WITHDRAWN';

-- AlterTable
ALTER TABLE "outbox_messages" ADD COLUMN "reference" TEXT;

-- CreateIndex
CREATE INDEX "outbox_messages_reference_idx" ON "outbox_messages"("reference");
