-- CreateIndex
CREATE INDEX "Parcel_lastVerifiedAt_id_idx" ON "Parcel"("lastVerifiedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Parcel_areaM2_id_idx" ON "Parcel"("areaM2", "id");

-- CreateIndex
CREATE INDEX "Parcel_rentBasis_rentUsdPerM2_id_idx" ON "Parcel"("rentBasis", "rentUsdPerM2", "id");

-- CreateIndex
CREATE INDEX "Parcel_status_landUse_idx" ON "Parcel"("status", "landUse");

-- CreateIndex
CREATE INDEX "Parcel_status_powerKva_idx" ON "Parcel"("status", "powerKva");

-- CreateIndex
CREATE INDEX "Parcel_status_waterM3PerDay_wastewaterM3PerDay_idx" ON "Parcel"("status", "waterM3PerDay", "wastewaterM3PerDay");
