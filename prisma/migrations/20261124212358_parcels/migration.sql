-- Trigram index support for accent-insensitive parcel search (Parcel.searchText).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "LandUse" AS ENUM ('INDUSTRIAL', 'LOGISTICS', 'HIGH_TECH_RND', 'HIGH_TECH_AGRICULTURE', 'COMMERCIAL_SERVICES', 'SMART_CITY_MIXED');

-- CreateEnum
CREATE TYPE "ParcelStatus" AS ENUM ('AVAILABLE', 'RESERVED', 'LEASED', 'UNDER_PREPARATION');

-- CreateEnum
CREATE TYPE "RentBasis" AS ENUM ('TERM', 'ANNUAL');

-- CreateEnum
CREATE TYPE "DischargeStandard" AS ENUM ('QCVN40_A', 'QCVN40_B');

-- AlterTable
ALTER TABLE "Hub" ADD COLUMN     "boundary" JSONB;

-- CreateTable
CREATE TABLE "Parcel" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(20) NOT NULL,
    "hubId" INTEGER NOT NULL,
    "landUse" "LandUse" NOT NULL,
    "status" "ParcelStatus" NOT NULL,
    "areaM2" INTEGER NOT NULL,
    "rentUsdPerM2" DECIMAL(10,2) NOT NULL,
    "rentBasis" "RentBasis" NOT NULL,
    "managementFeeUsdPerM2Year" DECIMAL(6,2) NOT NULL,
    "landUseTermEndYear" INTEGER NOT NULL,
    "powerKva" INTEGER NOT NULL,
    "substationKv" INTEGER NOT NULL,
    "waterM3PerDay" INTEGER NOT NULL,
    "wastewaterM3PerDay" INTEGER NOT NULL,
    "dischargeStandard" "DischargeStandard" NOT NULL,
    "maxCoveragePct" INTEGER NOT NULL,
    "floorAreaRatio" DECIMAL(4,2) NOT NULL,
    "heightLimitM" INTEGER NOT NULL,
    "greenRatioPct" INTEGER NOT NULL,
    "boundary" JSONB NOT NULL,
    "centroidLat" DOUBLE PRECISION NOT NULL,
    "centroidLng" DOUBLE PRECISION NOT NULL,
    "distanceSeaportKm" DECIMAL(6,1) NOT NULL,
    "distanceTanSonNhatKm" DECIMAL(6,1) NOT NULL,
    "distanceLongThanhKm" DECIMAL(6,1) NOT NULL,
    "distanceExpresswayKm" DECIMAL(6,1) NOT NULL,
    "distanceHcmcCentreKm" DECIMAL(6,1) NOT NULL,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "lastVerifiedAt" DATE NOT NULL,
    "searchText" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Parcel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParcelTranslation" (
    "parcelId" INTEGER NOT NULL,
    "locale" VARCHAR(10) NOT NULL,
    "description" TEXT NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ParcelTranslation_pkey" PRIMARY KEY ("parcelId","locale")
);

-- CreateTable
CREATE TABLE "ParcelSector" (
    "parcelId" INTEGER NOT NULL,
    "sectorId" INTEGER NOT NULL,

    CONSTRAINT "ParcelSector_pkey" PRIMARY KEY ("parcelId","sectorId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Parcel_code_key" ON "Parcel"("code");

-- CreateIndex
CREATE INDEX "Parcel_status_lastVerifiedAt_id_idx" ON "Parcel"("status", "lastVerifiedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Parcel_status_areaM2_id_idx" ON "Parcel"("status", "areaM2", "id");

-- CreateIndex
CREATE INDEX "Parcel_status_rentBasis_rentUsdPerM2_id_idx" ON "Parcel"("status", "rentBasis", "rentUsdPerM2", "id");

-- CreateIndex
CREATE INDEX "Parcel_hubId_status_idx" ON "Parcel"("hubId", "status");

-- CreateIndex
CREATE INDEX "Parcel_searchText_idx" ON "Parcel" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ParcelSector_sectorId_idx" ON "ParcelSector"("sectorId");

-- AddForeignKey
ALTER TABLE "Parcel" ADD CONSTRAINT "Parcel_hubId_fkey" FOREIGN KEY ("hubId") REFERENCES "Hub"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParcelTranslation" ADD CONSTRAINT "ParcelTranslation_parcelId_fkey" FOREIGN KEY ("parcelId") REFERENCES "Parcel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParcelSector" ADD CONSTRAINT "ParcelSector_parcelId_fkey" FOREIGN KEY ("parcelId") REFERENCES "Parcel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParcelSector" ADD CONSTRAINT "ParcelSector_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "Sector"("id") ON DELETE CASCADE ON UPDATE CASCADE;
