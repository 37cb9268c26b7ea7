import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConfirmCard } from "@/components/admin/confirm-card";
import { ContentEntryState, ContentUploadForm, editPath } from "@/components/admin/content/content-entry-panels";
import { ContentForm } from "@/components/admin/content/content-form";
import { fileChoiceFor, refChoicesFor } from "@/components/admin/content/content-form-props";
import { DoneNotice } from "@/components/admin/done-notice";
import { PageHeader } from "@/components/admin/page-header";
import { StaffActionForm } from "@/components/admin/staff-action-form";
import { localeOf } from "@/i18n/routing";
import { CONTENT_KINDS, isContentKind, textIn } from "@/lib/content/kinds";
import { publicPathOf } from "@/lib/content/public-paths";
import { docToFormValues } from "@/lib/content/schema";
import { localePath } from "@/lib/paths";
import { requirePagePermission } from "@/server/admin/page-permission";
import { getEntry } from "@/server/content/admin-content";
import { discardDraftAction, publishDraftAction, saveContentAction, unpublishContentAction } from "../../actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; kind: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const DONE = ["saved", "published", "discarded", "unpublished"] as const;
const FILE_ERRORS = ["fileNotPdf", "fileTooLarge", "fileMissing"] as const;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const idOf = (raw: string) => (/^\d{1,9}$/.test(raw) ? Number(raw) : null);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kind } = await params;
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.content" });
  return { title: isContentKind(kind) ? t(`kinds.${kind}.name` as "title") : t("title") };
}

export default async function ContentEntryPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const { kind, id: raw } = await params;
  const id = idOf(raw);
  const known = isContentKind(kind) && id !== null;
  await requirePagePermission(locale, "content:edit", known ? `/admin/content/${kind}/${id}` : "/admin/content");
  if (!isContentKind(kind) || id === null) notFound();
  const [t, te, entry, query] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.content" }),
    getTranslations({ locale, namespace: "Admin.errors" }),
    getEntry(kind, id),
    searchParams,
  ]);
  if (!entry) notFound();
  const spec = CONTENT_KINDS[kind];
  const hasFile = spec.fields.some((field) => field.type === "file");
  const [refChoices, file] = await Promise.all([
    refChoicesFor(kind, locale),
    fileChoiceFor(kind, locale, entry.doc.file, first(query.file)),
  ]);
  const title = textIn(entry.title, locale).text || entry.key;
  const page = editPath(locale, kind, id);
  const done = DONE.find((key) => key === first(query.done));
  const fileError = FILE_ERRORS.find((key) => key === first(query.fileError));
  const confirm = first(query.confirm);
  const keepsPublished = "singleton" in spec || "mirrored" in spec;
  const previewHref = `/api/admin/preview?kind=${kind}&id=${id}&locale=${locale}`;
  const publicHref = entry.published ? localePath(locale, publicPathOf(kind, entry.key, entry.published)) : null;
  const entryFields = { kind, version: entry.version };
  return (
    <>
      {done ? <DoneNotice message={t(`done.${done}`)} /> : null}
      <p className="mb-4">
        <a href={localePath(locale, `/admin/content/${kind}`)} className="text-brand-700 underline underline-offset-4">
          {t(`kinds.${kind}.name` as "title")}
        </a>
      </p>
      <PageHeader title={t("form.editTitle", { title })} intro={t("form.keyFixed", { key: entry.key })} />
      <div className="max-w-5xl space-y-8">
        <ContentEntryState
          locale={locale}
          kind={kind}
          entry={entry}
          previewHref={previewHref}
          publicHref={publicHref}
        />
        {entry.hasDraft && entry.status === "changed" ? (
          <StaffActionForm
            action={publishDraftAction}
            locale={locale}
            id={id}
            fields={entryFields}
            buttonId="publish-draft-submit"
            submit={t("state.publishDraft")}
            refreshOnRefusal
          />
        ) : null}
        {hasFile ? (
          <ContentUploadForm locale={locale} returnPath={page} error={fileError ? te(fileError) : undefined} />
        ) : null}
        <div className="rounded-lg border border-brand-100 bg-white p-5 sm:p-8">
          <ContentForm
            action={saveContentAction}
            locale={locale}
            kind={kind}
            entry={{
              id,
              key: entry.key,
              version: entry.version,
              sortOrder: entry.sortOrder,
              values: docToFormValues(kind, entry.doc, locale),
            }}
            refChoices={refChoices}
            file={file}
          />
        </div>
        {entry.hasDraft ? (
          <ConfirmCard
            id="discard"
            heading={t("discard.heading")}
            body={t(entry.published ? "discard.body" : "discard.bodyNew")}
            start={t("discard.start")}
            question={t("discard.question", { title })}
            cancel={t("discard.cancel")}
            startHref={`${page}?confirm=discard#discard`}
            cancelHref={`${page}#discard`}
            confirming={confirm === "discard"}
          >
            <StaffActionForm
              action={discardDraftAction}
              locale={locale}
              id={id}
              fields={entryFields}
              buttonId="discard-submit"
              submit={t("discard.submit")}
              variant="danger"
              refreshOnRefusal
            />
          </ConfirmCard>
        ) : null}
        {entry.published ? (
          keepsPublished ? (
            <p className="max-w-3xl text-muted">{t("unpublish.keeps")}</p>
          ) : (
            <ConfirmCard
              id="unpublish"
              heading={t("unpublish.heading")}
              body={t("unpublish.body")}
              start={t("unpublish.start")}
              question={t("unpublish.question", { title })}
              cancel={t("unpublish.cancel")}
              startHref={`${page}?confirm=unpublish#unpublish`}
              cancelHref={`${page}#unpublish`}
              confirming={confirm === "unpublish"}
            >
              <StaffActionForm
                action={unpublishContentAction}
                locale={locale}
                id={id}
                fields={entryFields}
                buttonId="unpublish-submit"
                submit={t("unpublish.submit")}
                variant="danger"
                refreshOnRefusal
              />
            </ConfirmCard>
          )
        ) : null}
      </div>
    </>
  );
}
