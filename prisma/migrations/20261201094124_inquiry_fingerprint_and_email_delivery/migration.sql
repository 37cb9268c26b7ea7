-- CreateEnum
CREATE TYPE "EmailDeliveryState" AS ENUM ('SENDING', 'SENT', 'NOT_ACCEPTED', 'UNCERTAIN');

-- AlterTable
ALTER TABLE "Inquiry" ADD COLUMN     "fingerprint" VARCHAR(64);

-- CreateTable
CREATE TABLE "EmailDelivery" (
    "id" BIGSERIAL NOT NULL,
    "inquiryId" INTEGER NOT NULL,
    "kind" VARCHAR(40) NOT NULL,
    "state" "EmailDeliveryState" NOT NULL,
    "messageId" VARCHAR(200) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "claimedAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmailDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EmailDelivery_state_idx" ON "EmailDelivery"("state");

-- CreateIndex
CREATE UNIQUE INDEX "EmailDelivery_inquiryId_kind_key" ON "EmailDelivery"("inquiryId", "kind");

-- CreateIndex
CREATE INDEX "Inquiry_fingerprint_createdAt_idx" ON "Inquiry"("fingerprint", "createdAt");

-- AddForeignKey
ALTER TABLE "EmailDelivery" ADD CONSTRAINT "EmailDelivery_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;
