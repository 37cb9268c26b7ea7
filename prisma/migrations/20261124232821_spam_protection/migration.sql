-- AlterEnum
ALTER TYPE "InquiryStatus" ADD VALUE 'HELD';

-- CreateTable
CREATE TABLE "RateLimitCounter" (
    "key" VARCHAR(80) NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RateLimitCounter_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "AppSecret" (
    "name" VARCHAR(40) NOT NULL,
    "value" VARCHAR(200) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AppSecret_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "RateLimitCounter_expiresAt_idx" ON "RateLimitCounter"("expiresAt");

-- Counters are short-lived and cheap to lose: no write-ahead log for them.
ALTER TABLE "RateLimitCounter" SET UNLOGGED;
