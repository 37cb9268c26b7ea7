-- AlterTable
ALTER TABLE "Parcel" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
