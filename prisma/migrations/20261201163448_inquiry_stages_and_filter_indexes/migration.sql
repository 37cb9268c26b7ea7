-- DropIndex
DROP INDEX "Inquiry_status_lastActivityAt_idx";

-- AlterTable
ALTER TABLE "Inquiry" ADD COLUMN     "stagesReached" "InquiryStatus"[] DEFAULT ARRAY[]::"InquiryStatus"[];

-- CreateIndex
CREATE INDEX "Inquiry_status_lastActivityAt_createdAt_idx" ON "Inquiry"("status", "lastActivityAt", "createdAt");

-- CreateIndex
CREATE INDEX "Inquiry_lastActivityAt_createdAt_idx" ON "Inquiry"("lastActivityAt", "createdAt");

-- CreateIndex
CREATE INDEX "Inquiry_sectorId_status_idx" ON "Inquiry"("sectorId", "status");

-- CreateIndex
CREATE INDEX "Inquiry_hubId_status_idx" ON "Inquiry"("hubId", "status");

-- CreateIndex
CREATE INDEX "Inquiry_country_status_idx" ON "Inquiry"("country", "status");

-- CreateIndex
CREATE INDEX "Inquiry_capitalRange_status_idx" ON "Inquiry"("capitalRange", "status");

-- Filled from what is known: the current status, the status changes on the
-- timeline, and ASSIGNED for every inquiry an officer was given.
UPDATE "Inquiry" i SET "stagesReached" = ARRAY(
  SELECT DISTINCT s FROM (
    SELECT i.status AS s
    UNION ALL
    SELECT (e.data->>'to')::"InquiryStatus" FROM "InquiryEvent" e
      WHERE e."inquiryId" = i.id AND e.type = 'status' AND e.data->>'to' IS NOT NULL
    UNION ALL
    SELECT 'ASSIGNED'::"InquiryStatus" FROM "InquiryEvent" e
      WHERE e."inquiryId" = i.id AND e.type = 'assigned' AND e.data->>'to' IS NOT NULL
    UNION ALL
    SELECT 'ASSIGNED'::"InquiryStatus" WHERE i."assigneeId" IS NOT NULL
  ) reached
);
