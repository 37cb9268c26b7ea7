import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ContentUploadForm, editPath } from "@/components/admin/content/content-entry-panels";
import { ContentForm } from "@/components/admin/content/content-form";
import { fileChoiceFor, refChoicesFor } from "@/components/admin/content/content-form-props";
import { PageHeader } from "@/components/admin/page-header";
import { localeOf } from "@/i18n/routing";
import { CONTENT_KINDS, isContentKind } from "@/lib/content/kinds";
import { localePath } from "@/lib/paths";
import { requirePagePermission } from "@/server/admin/page-permission";
import { singletonId } from "@/server/content/admin-content";
import { saveContentAction } from "../../actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; kind: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const FILE_ERRORS = ["fileNotPdf", "fileTooLarge", "fileMissing"] as const;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kind } = await params;
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.content" });
  return { title: isContentKind(kind) ? t("form.newTitle", { kind: t(`kinds.${kind}.name` as "title") }) : t("title") };
}

/** A new entry of a kind. A singleton kind has one entry: once it exists, this leads to it. */
export default async function NewContentPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const { kind } = await params;
  await requirePagePermission(
    locale,
    "content:edit",
    isContentKind(kind) ? `/admin/content/${kind}/new` : "/admin/content",
  );
  if (!isContentKind(kind)) notFound();
  const existing = await singletonId(kind);
  if (existing !== null) redirect(editPath(locale, kind, existing));
  const [t, te, query] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.content" }),
    getTranslations({ locale, namespace: "Admin.errors" }),
    searchParams,
  ]);
  const [refChoices, file] = await Promise.all([
    refChoicesFor(kind, locale),
    fileChoiceFor(kind, locale, null, first(query.file)),
  ]);
  const hasFile = CONTENT_KINDS[kind].fields.some((field) => field.type === "file");
  const fileError = FILE_ERRORS.find((key) => key === first(query.fileError));
  const name = t(`kinds.${kind}.name` as "title");
  return (
    <>
      <p className="mb-4">
        <a href={localePath(locale, `/admin/content/${kind}`)} className="text-brand-700 underline underline-offset-4">
          {name}
        </a>
      </p>
      <PageHeader title={t("form.newTitle", { kind: name })} intro={t(`kinds.${kind}.intro` as "title")} />
      <div className="max-w-5xl space-y-8">
        {hasFile ? (
          <ContentUploadForm
            locale={locale}
            returnPath={editPath(locale, kind, "new")}
            error={fileError ? te(fileError) : undefined}
          />
        ) : null}
        <div className="rounded-lg border border-brand-100 bg-white p-5 sm:p-8">
          <ContentForm action={saveContentAction} locale={locale} kind={kind} refChoices={refChoices} file={file} />
        </div>
      </div>
    </>
  );
}
