-- CreateEnum
CREATE TYPE "LocationType" AS ENUM ('INDUSTRIAL_PARK', 'ECONOMIC_ZONE_AREA', 'HIGH_TECH_ZONE', 'NONE');

-- AlterTable
ALTER TABLE "Parcel" ADD COLUMN     "dischargeStandardVersion" INTEGER NOT NULL DEFAULT 2025,
ADD COLUMN     "locationType" "LocationType" NOT NULL DEFAULT 'INDUSTRIAL_PARK';

-- AlterTable
ALTER TABLE "SiteSettings" ADD COLUMN     "contactsVerified" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "zoneStatusAsOf" DATE;

-- AlterTable
ALTER TABLE "SiteSettingsTranslation" ADD COLUMN     "zoneStatus" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "ContentEntry" (
    "id" SERIAL NOT NULL,
    "kind" VARCHAR(40) NOT NULL,
    "key" VARCHAR(80) NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "published" JSONB,
    "publishedAt" TIMESTAMP(3),
    "publishedById" INTEGER,
    "draft" JSONB,
    "draftSavedAt" TIMESTAMP(3),
    "draftById" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContentEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" UUID NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,
    "uploadedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ContentEntry_kind_sortOrder_idx" ON "ContentEntry"("kind", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "ContentEntry_kind_key_key" ON "ContentEntry"("kind", "key");
