"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { IMAGE_WIDTHS, imagePath } from "@/lib/posts/images";
import { PostImage, type PostImageSource } from "../../posts/post-image";
import { IMAGE_UPLOADED_EVENT, type UploadedImage } from "./image-upload-form";

/**
 * The post form's cover image: the hidden `coverImageId` the upload form
 * (image-upload.tsx, outside the post form) fills in, and the image chosen
 * now, with a way to remove it. Removing is a link to the same page without
 * the image, so it works without JavaScript; with it, the image goes at once
 * and what was typed stays.
 */
export function CoverChoice({
  imageId,
  image,
  missing,
  removeHref,
}: {
  /** The image the form saves: the revision's, or one just uploaded. */
  imageId: string | null;
  /** The stored image `imageId` names, as the page found it. */
  image: PostImageSource | null;
  /** `imageId` names an image no longer stored. */
  missing: boolean;
  removeHref: string;
}) {
  const t = useTranslations("Admin.posts.form");
  const [chosen, setChosen] = useState(imageId);
  const [uploaded, setUploaded] = useState<PostImageSource | null>(null);
  // An image uploaded with JavaScript on: the upload form has filled the hidden input and says which image.
  useEffect(() => {
    const take = (event: Event) => {
      const image = (event as CustomEvent<UploadedImage>).detail;
      setUploaded(image);
      setChosen(image.id);
    };
    window.addEventListener(IMAGE_UPLOADED_EVENT, take);
    return () => window.removeEventListener(IMAGE_UPLOADED_EVENT, take);
  }, []);
  const known = uploaded?.id === chosen ? uploaded : image?.id === chosen ? image : null;
  return (
    <div className="mt-2 space-y-3">
      <input type="hidden" name="coverImageId" id="coverImageId" value={chosen ?? ""} />
      {!chosen ? (
        <p>{t("coverNone")}</p>
      ) : known ? (
        <>
          <p>{t("coverChosen")}</p>
          <PostImage
            image={known}
            alt=""
            decorative
            sizes="(min-width: 40rem) 24rem, 100vw"
            className="h-auto w-full max-w-sm rounded-md border border-brand-100"
          />
        </>
      ) : missing && chosen === imageId ? (
        <p className="font-semibold text-red-800">{t("coverMissing")}</p>
      ) : (
        <>
          <p>{t("coverChosen")}</p>
          {/* biome-ignore lint/performance/noImgElement: an image just uploaded, before the page knows its sizes */}
          <img
            src={imagePath(chosen, IMAGE_WIDTHS[0])}
            alt=""
            className="h-auto w-full max-w-sm rounded-md border border-brand-100"
          />
        </>
      )}
      {chosen ? (
        <a
          href={removeHref}
          onClick={(event) => {
            event.preventDefault();
            setChosen(null);
          }}
          className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
        >
          {t("coverRemove")}
        </a>
      ) : null}
      <p className="max-w-3xl text-sm text-muted">{t("coverUploadHint")}</p>
    </div>
  );
}
