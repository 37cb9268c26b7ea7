-- DropIndex
DROP INDEX "Inquiry_deskId_status_idx";

-- AlterTable
ALTER TABLE "EmailOutbox" ADD COLUMN     "eventId" INTEGER;

-- AlterTable
ALTER TABLE "Inquiry" ADD COLUMN     "anonymisedAt" TIMESTAMP(3),
ADD COLUMN     "assigneeId" INTEGER,
ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "dueAt" TIMESTAMP(3),
ADD COLUMN     "firstResponseAt" TIMESTAMP(3),
ADD COLUMN     "lastActivityAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "InquiryEvent" ADD COLUMN     "actorId" INTEGER;

-- AlterTable
ALTER TABLE "SiteSettings" ADD COLUMN     "responseTargetWorkingDays" INTEGER NOT NULL DEFAULT 2,
ADD COLUMN     "retentionMonths" INTEGER NOT NULL DEFAULT 24;

-- CreateTable
CREATE TABLE "Holiday" (
    "id" SERIAL NOT NULL,
    "date" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Holiday_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HolidayTranslation" (
    "holidayId" INTEGER NOT NULL,
    "locale" VARCHAR(10) NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "HolidayTranslation_pkey" PRIMARY KEY ("holidayId","locale")
);

-- CreateTable
CREATE TABLE "DeskDigest" (
    "deskId" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "count" INTEGER NOT NULL,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeskDigest_pkey" PRIMARY KEY ("deskId","day")
);

-- CreateIndex
CREATE UNIQUE INDEX "Holiday_date_key" ON "Holiday"("date");

-- CreateIndex
CREATE INDEX "Inquiry_deskId_status_dueAt_idx" ON "Inquiry"("deskId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "Inquiry_deskId_status_createdAt_idx" ON "Inquiry"("deskId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Inquiry_deskId_status_lastActivityAt_idx" ON "Inquiry"("deskId", "status", "lastActivityAt");

-- CreateIndex
CREATE INDEX "Inquiry_assigneeId_status_idx" ON "Inquiry"("assigneeId", "status");

-- CreateIndex
CREATE INDEX "Inquiry_status_dueAt_idx" ON "Inquiry"("status", "dueAt");

-- CreateIndex
CREATE INDEX "Inquiry_status_lastActivityAt_idx" ON "Inquiry"("status", "lastActivityAt");

-- CreateIndex
CREATE INDEX "Inquiry_createdAt_idx" ON "Inquiry"("createdAt");

-- CreateIndex
CREATE INDEX "Inquiry_closedAt_idx" ON "Inquiry"("closedAt");

-- CreateIndex
CREATE INDEX "Inquiry_searchText_idx" ON "Inquiry" USING GIN ("searchText" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailOutbox" ADD CONSTRAINT "EmailOutbox_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "InquiryEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HolidayTranslation" ADD CONSTRAINT "HolidayTranslation_holidayId_fkey" FOREIGN KEY ("holidayId") REFERENCES "Holiday"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeskDigest" ADD CONSTRAINT "DeskDigest_deskId_fkey" FOREIGN KEY ("deskId") REFERENCES "Desk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Existing inquiries: a desk was "ASSIGNED" when routed, but now an
-- inquiry is assigned to an officer, and a routed one without an officer is
-- NEW. The due time is approximated as two calendar days (the app computes
-- working days for every new inquiry), the search text is lower-cased only
-- (new inquiries are folded by lib/search-text.ts). No semicolons in these
-- comments: the migration runner splits statements on every one.
UPDATE "Inquiry" SET status = 'NEW' WHERE status = 'ASSIGNED' AND "assigneeId" IS NULL;
UPDATE "Inquiry" SET "lastActivityAt" = "createdAt",
  "dueAt" = "createdAt" + interval '2 days',
  "searchText" = lower(reference || ' ' || "fullName" || ' ' || organisation || ' ' || email);
UPDATE "Inquiry" SET "closedAt" = "updatedAt" WHERE status IN ('CLOSED_WON', 'CLOSED_LOST', 'SPAM');
