-- CreateEnum
CREATE TYPE "PostKind" AS ENUM ('NEWS', 'EVENT', 'POLICY_UPDATE', 'AGREEMENT');

-- CreateEnum
CREATE TYPE "PostStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'APPROVED', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED');

-- AlterTable
ALTER TABLE "SiteSettings" ADD COLUMN     "allowSelfApproval" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "status" "PostStatus" NOT NULL DEFAULT 'DRAFT',
    "authorId" INTEGER,
    "currentRevision" INTEGER NOT NULL DEFAULT 1,
    "submittedById" INTEGER,
    "approvedById" INTEGER,
    "approvedAt" TIMESTAMP(3),
    "scheduledFor" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "live" BOOLEAN NOT NULL DEFAULT false,
    "publishedRevision" INTEGER,
    "firstPublishedAt" TIMESTAMP(3),
    "contentUpdatedAt" TIMESTAMP(3),
    "archivedAt" TIMESTAMP(3),
    "kind" "PostKind" NOT NULL DEFAULT 'NEWS',
    "coverImageId" UUID,
    "eventStartsAt" TIMESTAMP(3),
    "eventEndsAt" TIMESTAMP(3),
    "registrationUrl" VARCHAR(500),
    "agreementDate" DATE,
    "relatedContent" VARCHAR(130),

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostTranslation" (
    "postId" INTEGER NOT NULL,
    "locale" VARCHAR(10) NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "slug" VARCHAR(120) NOT NULL,
    "summary" VARCHAR(600) NOT NULL,
    "bodyHtml" TEXT NOT NULL,
    "imageAlt" VARCHAR(300) NOT NULL DEFAULT '',
    "place" VARCHAR(300) NOT NULL DEFAULT '',
    "parties" VARCHAR(600) NOT NULL DEFAULT '',

    CONSTRAINT "PostTranslation_pkey" PRIMARY KEY ("postId","locale")
);

-- CreateTable
CREATE TABLE "PostRevision" (
    "postId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "authorId" INTEGER,
    "note" VARCHAR(200) NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PostRevision_pkey" PRIMARY KEY ("postId","number")
);

-- CreateTable
CREATE TABLE "PostEvent" (
    "id" SERIAL NOT NULL,
    "postId" INTEGER NOT NULL,
    "action" VARCHAR(30) NOT NULL,
    "fromStatus" "PostStatus",
    "toStatus" "PostStatus" NOT NULL,
    "revision" INTEGER NOT NULL,
    "actorId" INTEGER,
    "comment" VARCHAR(2000) NOT NULL DEFAULT '',
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PostEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostSector" (
    "postId" INTEGER NOT NULL,
    "sectorId" INTEGER NOT NULL,

    CONSTRAINT "PostSector_pkey" PRIMARY KEY ("postId","sectorId")
);

-- CreateTable
CREATE TABLE "PostHub" (
    "postId" INTEGER NOT NULL,
    "hubId" INTEGER NOT NULL,

    CONSTRAINT "PostHub_pkey" PRIMARY KEY ("postId","hubId")
);

-- CreateTable
CREATE TABLE "PostParcel" (
    "postId" INTEGER NOT NULL,
    "parcelId" INTEGER NOT NULL,

    CONSTRAINT "PostParcel_pkey" PRIMARY KEY ("postId","parcelId")
);

-- CreateTable
CREATE TABLE "Image" (
    "id" UUID NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "format" VARCHAR(10) NOT NULL,
    "uploadedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Image_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImageVariant" (
    "imageId" UUID NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "contentType" VARCHAR(40) NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "ImageVariant_pkey" PRIMARY KEY ("imageId","width","contentType")
);

-- CreateIndex
CREATE INDEX "Post_live_firstPublishedAt_idx" ON "Post"("live", "firstPublishedAt");

-- CreateIndex
CREATE INDEX "Post_status_scheduledFor_idx" ON "Post"("status", "scheduledFor");

-- CreateIndex
CREATE UNIQUE INDEX "PostTranslation_locale_slug_key" ON "PostTranslation"("locale", "slug");

-- CreateIndex
CREATE INDEX "PostEvent_postId_at_idx" ON "PostEvent"("postId", "at");

-- CreateIndex
CREATE INDEX "PostSector_sectorId_idx" ON "PostSector"("sectorId");

-- CreateIndex
CREATE INDEX "PostHub_hubId_idx" ON "PostHub"("hubId");

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_coverImageId_fkey" FOREIGN KEY ("coverImageId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostTranslation" ADD CONSTRAINT "PostTranslation_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostRevision" ADD CONSTRAINT "PostRevision_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostEvent" ADD CONSTRAINT "PostEvent_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostSector" ADD CONSTRAINT "PostSector_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostSector" ADD CONSTRAINT "PostSector_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "Sector"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostHub" ADD CONSTRAINT "PostHub_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostHub" ADD CONSTRAINT "PostHub_hubId_fkey" FOREIGN KEY ("hubId") REFERENCES "Hub"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostParcel" ADD CONSTRAINT "PostParcel_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostParcel" ADD CONSTRAINT "PostParcel_parcelId_fkey" FOREIGN KEY ("parcelId") REFERENCES "Parcel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImageVariant" ADD CONSTRAINT "ImageVariant_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A saved revision of a post is never changed: restoring an old one writes a
-- new revision (docs/decisions/018). Semicolons in the body are spelt \073 as
-- in the audit log's trigger (docs/decisions/001).
CREATE FUNCTION "post_revision_is_immutable"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN RAISE EXCEPTION ''post revisions cannot be changed'' USING ERRCODE = ''insufficient_privilege''\073 END\073';

CREATE TRIGGER "PostRevision_no_update" BEFORE UPDATE ON "PostRevision"
  FOR EACH ROW EXECUTE FUNCTION "post_revision_is_immutable"();
