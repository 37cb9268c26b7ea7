import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { MIN_IMAGE_WIDTH } from "@/lib/posts/images";
import { IMAGE_UPLOAD_PATH, MAX_IMAGE_BYTES } from "@/lib/request-limits";
import { MAX_IMAGE_PIXELS } from "@/server/posts/images";
import { ImageUploadForm, type ImageUploadTexts } from "./image-upload-form";

/**
 * The upload form of a post's image, placed on the post's edit page outside
 * the post's own form (a form cannot hold another):
 *
 *     <ImageUpload locale={locale} returnPath="/vi/admin/posts/12" error={searchParams.imageError} />
 *
 * - `locale`: the page's language.
 * - `returnPath`: the edit page, e.g. `/vi/admin/posts/12` or `/vi/admin/posts/new`; its query may stay
 *   (the upload route replaces `coverImage` and `imageError` in it).
 * - `error`: the page's `imageError` query parameter as received (a key of Admin.errors); any other value
 *   is ignored.
 * - `inputId`: the id of the post form's hidden input that holds the image's id ("coverImageId").
 * - `preview`: show the image just uploaded (with JavaScript) under the form; false when the page shows
 *   it itself on hearing IMAGE_UPLOADED_EVENT. True by default.
 *
 * Without JavaScript it posts to the upload route, which comes back to the
 * page with `?coverImage=<id>` (the page puts it in the post's form) or
 * `?imageError=<key>`. With it, the file goes by fetch and the page stays: the
 * new id goes into the hidden input, the page hears IMAGE_UPLOADED_EVENT
 * (image-upload-form.tsx) and what was typed is kept.
 */
export async function ImageUpload({
  locale,
  returnPath,
  error,
  inputId = "coverImageId",
  preview = true,
}: {
  locale: Locale;
  returnPath: string;
  error?: string | string[];
  inputId?: string;
  preview?: boolean;
}) {
  const [t, errors] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.images" }),
    getTranslations({ locale, namespace: "Admin.errors" }),
  ]);
  const maxMb = MAX_IMAGE_BYTES / 1024 / 1024;
  const key = typeof error === "string" && ERROR_KEYS.includes(error as ErrorKey) ? (error as ErrorKey) : null;
  const texts: ImageUploadTexts = {
    heading: t("heading"),
    intro: t("intro", { maxMb, minWidth: MIN_IMAGE_WIDTH }),
    reloadWarning: t("reloadWarning"),
    label: t("label"),
    submit: t("submit"),
    uploading: t("uploading"),
    uploaded: t("uploaded"),
    chosen: t("chosen"),
    previewAlt: t("previewAlt"),
    failed: t("failed"),
    missing: errors("imageMissing"),
    tooLarge: errors("imageTooLarge", { max: maxMb }),
  };
  return (
    <ImageUploadForm
      action={`${IMAGE_UPLOAD_PATH}?return=${encodeURIComponent(returnPath)}`}
      maxBytes={MAX_IMAGE_BYTES}
      inputId={inputId}
      preview={preview}
      texts={texts}
      error={
        key
          ? errors(key, {
              max: key === "imageTooManyPixels" ? MAX_IMAGE_PIXELS / 1_000_000 : maxMb,
              min: MIN_IMAGE_WIDTH,
            })
          : undefined
      }
    />
  );
}

const ERROR_KEYS = [
  "imageNotAllowed",
  "imageTooLarge",
  "imageTooSmall",
  "imageTooManyPixels",
  "imageAnimated",
  "imageMissing",
] as const;
type ErrorKey = (typeof ERROR_KEYS)[number];
