"use client";

import { type FormEvent, useEffect, useRef, useState } from "react";
import { IMAGE_WIDTHS, imagePath } from "@/lib/posts/images";
import { Button } from "../../ui/button";

/** Sent on `window` when an image was uploaded without leaving the page; `detail` is UploadedImage. */
export const IMAGE_UPLOADED_EVENT = "post-image-uploaded";

/** What the upload route answers a script: the new image (PostImageSource). */
export type UploadedImage = { id: string; width: number; height: number; widths: number[] };

export type ImageUploadTexts = {
  heading: string;
  intro: string;
  reloadWarning: string;
  label: string;
  submit: string;
  uploading: string;
  uploaded: string;
  chosen: string;
  previewAlt: string;
  failed: string;
  missing: string;
  tooLarge: string;
};

type Status =
  | { state: "idle" }
  | { state: "uploading" }
  | { state: "done"; image: UploadedImage }
  | { state: "error"; message: string };

/**
 * The upload form (image-upload.tsx gives it its texts). A plain multipart
 * form to begin with; once the script runs, it sends the file itself, says
 * how it goes in a live region and keeps the editor on the page.
 */
export function ImageUploadForm({
  action,
  maxBytes,
  inputId,
  preview,
  texts,
  error,
}: {
  action: string;
  maxBytes: number;
  inputId: string;
  preview: boolean;
  texts: ImageUploadTexts;
  /** Why the last upload (without JavaScript) was refused, in the page's language. */
  error?: string;
}) {
  const [enhanced, setEnhanced] = useState(false);
  const [status, setStatus] = useState<Status>(error ? { state: "error", message: error } : { state: "idle" });
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => setEnhanced(true), []);

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file || file.size === 0) return setStatus({ state: "error", message: texts.missing });
    if (file.size > maxBytes) return setStatus({ state: "error", message: texts.tooLarge });
    setStatus({ state: "uploading" });
    try {
      const response = await fetch(action, {
        method: "POST",
        body: new FormData(event.currentTarget),
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      });
      const answer = (await response.json().catch(() => null)) as (UploadedImage & { message?: string }) | null;
      if (!response.ok || !answer?.id) return setStatus({ state: "error", message: answer?.message || texts.failed });
      const image = { id: answer.id, width: answer.width, height: answer.height, widths: answer.widths };
      const hidden = document.getElementById(inputId);
      if (hidden instanceof HTMLInputElement) hidden.value = image.id;
      window.dispatchEvent(new CustomEvent<UploadedImage>(IMAGE_UPLOADED_EVENT, { detail: image }));
      if (fileInput.current) fileInput.current.value = "";
      setStatus({ state: "done", image });
    } catch {
      setStatus({ state: "error", message: texts.failed });
    }
  }

  const errorMessage = status.state === "error" ? status.message : null;
  return (
    <section aria-labelledby="image-upload-heading" className="rounded-lg border border-brand-100 bg-white p-5 sm:p-6">
      <h2 id="image-upload-heading" className="text-xl font-bold text-brand-900">
        {texts.heading}
      </h2>
      <p id="image-upload-intro" className="mt-1 text-muted">
        {texts.intro}
      </p>
      {enhanced ? null : <p className="mt-1 text-muted">{texts.reloadWarning}</p>}
      <div role="alert" className="empty:hidden">
        {errorMessage ? (
          <p
            id="image-upload-error"
            className="mt-4 rounded-md border-l-4 border-red-700 bg-red-50 p-4 font-semibold text-red-900"
          >
            {errorMessage}
          </p>
        ) : null}
      </div>
      <form
        method="post"
        action={action}
        encType="multipart/form-data"
        onSubmit={enhanced ? upload : undefined}
        className="mt-4 space-y-4"
      >
        <div>
          <label htmlFor="image-upload-file" className="block font-medium text-brand-900">
            {texts.label}
          </label>
          <input
            ref={fileInput}
            id="image-upload-file"
            name="file"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            required
            aria-describedby={errorMessage ? "image-upload-intro image-upload-error" : "image-upload-intro"}
            aria-invalid={errorMessage ? true : undefined}
            className="mt-1 block min-h-11 w-full max-w-md rounded-md border border-gray-500 bg-white px-3 py-2"
          />
        </div>
        <Button variant="secondary" disabled={status.state === "uploading"}>
          {texts.submit}
        </Button>
      </form>
      <div role="status" aria-live="polite" className="mt-4 empty:hidden">
        {status.state === "uploading" ? <p>{texts.uploading}</p> : null}
        {status.state === "done" ? <p className="font-semibold text-green-800">{texts.uploaded}</p> : null}
      </div>
      {preview && status.state === "done" ? (
        <figure className="mt-3">
          <figcaption className="font-medium text-brand-900">{texts.chosen}</figcaption>
          {/* biome-ignore lint/performance/noImgElement: an image just uploaded, shown at its smallest stored width */}
          <img
            src={imagePath(status.image.id, IMAGE_WIDTHS[0])}
            alt={texts.previewAlt}
            width={status.image.width}
            height={status.image.height}
            className="mt-2 h-auto w-full max-w-xs rounded-md border border-brand-100"
          />
        </figure>
      ) : null}
    </section>
  );
}
