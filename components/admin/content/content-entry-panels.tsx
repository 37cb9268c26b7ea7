import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { CONTENT_KINDS, type ContentKind, type FieldSpec, type Localized } from "@/lib/content/kinds";
import { localePath } from "@/lib/paths";
import { MAX_UPLOAD_BYTES, UPLOAD_PATH } from "@/lib/request-limits";
import type { EntryDetail } from "@/server/content/admin-content";
import { Button } from "../../ui/button";
import { StatusBadge } from "../status-badge";

const link = "inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4";
const STATUS_TONE = { draft: "off", published: "on", changed: "wait" } as const;

/** A file size as people read it (KB under a megabyte). */
export function fileSize(bytes: number, locale: string): string {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return bytes < 1024 * 1024
    ? `${format.format(Math.max(1, Math.round(bytes / 1024)))} KB`
    : `${format.format(bytes / 1024 / 1024)} MB`;
}

/**
 * Where an entry stands: its status, its last change, the translations it
 * lacks, a preview of the saved draft and its public page; and, folded,
 * everything that is saved now (what a second editor's save left).
 */
export async function ContentEntryState({
  locale,
  kind,
  entry,
  previewHref,
  publicHref,
}: {
  locale: Locale;
  kind: ContentKind;
  entry: EntryDetail;
  previewHref: string;
  publicHref: string | null;
}) {
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.content" }),
    getFormatter({ locale }),
  ]);
  const label = (name: string) =>
    t.has(`kinds.${kind}.fields.${name}` as "title") ? t(`kinds.${kind}.fields.${name}` as "title") : name;
  return (
    <section aria-labelledby="state-heading" className="rounded-lg border border-brand-100 bg-white p-5 sm:p-6">
      <h2 id="state-heading" className="text-xl font-bold text-brand-900">
        {t("state.heading")}
      </h2>
      <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("state.status")}</dt>
        <dd>
          <StatusBadge tone={STATUS_TONE[entry.status]}>{t(`status.${entry.status}`)}</StatusBadge>
        </dd>
        <dt className="font-semibold">{t("state.changed")}</dt>
        <dd>
          <time dateTime={entry.changedAt.toISOString()}>
            {format.dateTime(entry.changedAt, { dateStyle: "long", timeStyle: "short" })}
          </time>
          {entry.changedBy ? `, ${entry.changedBy}` : null}
        </dd>
        <dt className="font-semibold">{t("state.missing")}</dt>
        <dd>{entry.missing.length > 0 ? entry.missing.map(label).join(", ") : t("state.missingNone")}</dd>
      </dl>
      <div className="mt-4 flex flex-wrap gap-x-6">
        <a href={previewHref} className={link} aria-describedby="preview-hint">
          {t("state.preview")}
        </a>
        {publicHref ? (
          <a href={publicHref} className={link}>
            {t("state.view")}
          </a>
        ) : null}
      </div>
      <p id="preview-hint" className="text-sm text-muted">
        {t("state.previewHint")}
      </p>
      <details className="mt-4">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand-800">
          {t("state.currentHeading")}
        </summary>
        <SavedDocument kind={kind} doc={entry.doc} label={label} locale={locale} />
      </details>
    </section>
  );
}

/** A saved document, field by field (both languages of a localized text). */
function SavedDocument({
  kind,
  doc,
  label,
  locale,
}: {
  kind: ContentKind;
  doc: Record<string, unknown>;
  label: (name: string) => string;
  locale: Locale;
}) {
  const fields = CONTENT_KINDS[kind].fields as readonly FieldSpec[];
  const shown = (value: unknown) =>
    value === null || value === undefined || value === ""
      ? "—"
      : Array.isArray(value)
        ? value.join(", ") || "—"
        : typeof value === "boolean"
          ? value
            ? "✓"
            : "—"
          : typeof value === "number"
            ? new Intl.NumberFormat(locale, { maximumFractionDigits: 5 }).format(value)
            : String(value);
  return (
    <dl className="mt-2 space-y-2 text-sm">
      {fields.map((field) => {
        const value = doc[field.name];
        const localized = value && typeof value === "object" && !Array.isArray(value) ? (value as Localized) : null;
        return (
          <div key={`${field.type}-${field.name}`}>
            <dt className="font-semibold">{label(field.name)}</dt>
            {localized ? (
              <>
                <dd lang="vi" className="whitespace-pre-line">
                  {localized.vi || "—"}
                </dd>
                <dd lang="en" className="whitespace-pre-line text-muted">
                  {localized.en || "—"}
                </dd>
              </>
            ) : (
              <dd className="whitespace-pre-line">{shown(value)}</dd>
            )}
          </div>
        );
      })}
    </dl>
  );
}

/**
 * A legal document's PDF, uploaded by a plain form (no JavaScript needed) to
 * the upload route, which comes back to this page with the new file in the
 * form (`?file=`) or with why it was refused (`?fileError=`).
 */
export async function ContentUploadForm({
  locale,
  returnPath,
  error,
}: {
  locale: Locale;
  /** The edit page, without its query. */
  returnPath: string;
  /** Why the last upload was refused, already in the page's language. */
  error?: string;
}) {
  const t = await getTranslations({ locale, namespace: "Admin.content.upload" });
  return (
    <section aria-labelledby="upload-heading" className="rounded-lg border border-brand-100 bg-white p-5 sm:p-6">
      <h2 id="upload-heading" className="text-xl font-bold text-brand-900">
        {t("heading")}
      </h2>
      <p id="upload-intro" className="mt-1 mb-4 text-muted">
        {t("intro", { size: fileSize(MAX_UPLOAD_BYTES, locale) })}
      </p>
      {error ? (
        <p
          id="upload-error"
          role="alert"
          className="mb-4 rounded-md border-l-4 border-red-700 bg-red-50 p-4 font-semibold text-red-900"
        >
          {error}
        </p>
      ) : null}
      <form
        method="post"
        action={`${UPLOAD_PATH}?return=${encodeURIComponent(returnPath)}`}
        encType="multipart/form-data"
        className="space-y-4"
      >
        <div>
          <label htmlFor="upload-file" className="block font-medium text-brand-900">
            {t("label")}
          </label>
          <input
            id="upload-file"
            name="file"
            type="file"
            accept="application/pdf,.pdf"
            required
            aria-describedby={error ? "upload-intro upload-error" : "upload-intro"}
            aria-invalid={error ? true : undefined}
            className="mt-1 block min-h-11 w-full max-w-md rounded-md border border-gray-500 bg-white px-3 py-2"
          />
        </div>
        <Button variant="secondary">{t("submit")}</Button>
      </form>
    </section>
  );
}

export const editPath = (locale: string, kind: ContentKind, id: number | "new") =>
  localePath(locale, `/admin/content/${kind}/${id}`);
