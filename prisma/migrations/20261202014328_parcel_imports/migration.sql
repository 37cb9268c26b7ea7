-- CreateEnum
CREATE TYPE "ParcelImportFormat" AS ENUM ('CSV', 'GEOJSON');

-- CreateEnum
CREATE TYPE "ParcelImportState" AS ENUM ('QUEUED', 'CHECKING', 'CHECKED', 'APPLYING', 'APPLIED', 'FAILED');

-- CreateTable
CREATE TABLE "ParcelImport" (
    "id" UUID NOT NULL,
    "fileName" VARCHAR(255) NOT NULL,
    "format" "ParcelImportFormat" NOT NULL,
    "locale" VARCHAR(10) NOT NULL,
    "fileText" TEXT NOT NULL,
    "state" "ParcelImportState" NOT NULL DEFAULT 'QUEUED',
    "processed" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "report" JSONB,
    "fingerprint" CHAR(64),
    "problem" VARCHAR(60),
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "appliedById" INTEGER,
    "appliedAt" TIMESTAMP(3),

    CONSTRAINT "ParcelImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ParcelImport_createdAt_idx" ON "ParcelImport"("createdAt" DESC);
