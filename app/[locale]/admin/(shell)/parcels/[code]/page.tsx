import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ConfirmCard } from "@/components/admin/confirm-card";
import { DoneNotice } from "@/components/admin/done-notice";
import { PageHeader } from "@/components/admin/page-header";
import { ParcelButtonForm, ParcelStatusForm } from "@/components/admin/parcels/parcel-actions";
import { ParcelEditor, parcelVocabularies } from "@/components/admin/parcels/parcel-editor";
import { ParcelHistory } from "@/components/admin/parcels/parcel-history";
import { StatusBadge } from "@/components/admin/status-badge";
import { localeOf } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { parcelFormValues, staleBefore } from "@/lib/schemas/parcel-admin";
import { PARCEL_CODE } from "@/lib/schemas/parcel-record";
import { requirePagePermission } from "@/server/admin/page-permission";
import { parcelHistory } from "@/server/parcels/admin-parcels";
import { fieldsOf, findStoredParcel, textsOf } from "@/server/parcels/parcel-writes";
import { archiveParcelAction, changeParcelStatusAction, saveParcelAction, verifyParcelAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const DONE = ["created", "saved", "unchanged", "status", "verified", "archived", "restored"] as const;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const codeOf = (raw: string) => {
  const code = decodeURIComponent(raw).toUpperCase();
  return PARCEL_CODE.test(code) ? code : null;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.parcels.form" });
  return { title: t("editTitle", { code: codeOf(code) ?? "" }) };
}

export default async function EditParcelPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const code = codeOf((await params).code);
  await requirePagePermission(locale, "parcel:manage", code ? `/admin/parcels/${code}` : "/admin/parcels");
  if (!code) notFound();
  const [t, tp, format, row, entries, query, vocabularies] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.parcels" }),
    getTranslations({ locale, namespace: "Parcels" }),
    getFormatter({ locale }),
    findStoredParcel(code),
    parcelHistory(code),
    searchParams,
    parcelVocabularies(locale),
  ]);
  if (!row) notFound();
  const fields = fieldsOf(row);
  const archived = row.archivedAt !== null;
  const pagePath = localePath(locale, `/admin/parcels/${code}`);
  const done = DONE.find((key) => key === first(query.done));
  const verified = format.dateTime(new Date(`${fields.lastVerifiedOn}T00:00:00Z`), {
    dateStyle: "long",
    timeZone: "UTC",
  });
  const link = "inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4";
  return (
    <>
      {done ? <DoneNotice message={t(`done.${done}`)} /> : null}
      <p className="mb-4">
        <a href={localePath(locale, "/admin/parcels")} className="text-brand-700 underline underline-offset-4">
          {t("form.back")}
        </a>
      </p>
      <PageHeader title={t("form.editTitle", { code })} />
      <div className="max-w-6xl space-y-10">
        <section aria-labelledby="state-heading" className="rounded-lg border border-brand-100 bg-white p-5 sm:p-6">
          <h2 id="state-heading" className="text-xl font-bold text-brand-900">
            {t("state.heading")}
          </h2>
          <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">{t("state.status")}</dt>
            <dd>{tp(`status.${fields.status}`)}</dd>
            <dt className="font-semibold">{t("state.verified")}</dt>
            <dd>
              {verified}
              {fields.lastVerifiedOn < staleBefore() ? (
                <>
                  {" "}
                  <StatusBadge tone="wait">{t("list.stale")}</StatusBadge>
                </>
              ) : null}
            </dd>
            <dt className="font-semibold">{t("state.site")}</dt>
            <dd>
              {archived ? (
                <StatusBadge tone="off">
                  {t("state.archived", { date: format.dateTime(row.archivedAt as Date, { dateStyle: "long" }) })}
                </StatusBadge>
              ) : (
                <a href={localePath(locale, `/land/${code}`)} className={link}>
                  {t("state.viewPublic")}
                </a>
              )}
            </dd>
            <dt className="font-semibold">{t("state.sample")}</dt>
            <dd>{fields.isSample ? t("list.sampleYes") : t("list.sampleNo")}</dd>
          </dl>

          {archived ? null : (
            <>
              <h3 id="status-change" tabIndex={-1} className="mt-6 text-lg font-semibold text-brand-900">
                {t("status.heading")}
              </h3>
              <div className="mt-3">
                <ParcelStatusForm
                  action={changeParcelStatusAction}
                  locale={locale}
                  code={code}
                  version={row.version}
                  status={fields.status}
                  statuses={vocabularies.statuses}
                />
              </div>
              <h3 className="mt-6 text-lg font-semibold text-brand-900">{t("verify.heading")}</h3>
              <div className="mt-3">
                <ParcelButtonForm
                  id="verify-submit"
                  action={verifyParcelAction}
                  locale={locale}
                  code={code}
                  version={row.version}
                  label={t("verify.button")}
                  hint={t("verify.hint")}
                />
              </div>
            </>
          )}
          <div className="mt-6">
            {archived ? (
              <ParcelButtonForm
                id="restore-submit"
                action={archiveParcelAction}
                locale={locale}
                code={code}
                version={row.version}
                archive="restore"
                label={t("archive.restore")}
                hint={t("archive.restoreHint")}
                variant="primary"
              />
            ) : (
              <ConfirmCard
                id="archive"
                level={3}
                heading={t("archive.heading")}
                body={t("archive.body")}
                start={t("archive.start")}
                question={t("archive.question", { code })}
                cancel={t("archive.cancel")}
                startHref={`${pagePath}?confirm=archive#archive`}
                cancelHref={`${pagePath}#archive`}
                confirming={first(query.confirm) === "archive"}
              >
                <ParcelButtonForm
                  id="archive-submit"
                  action={archiveParcelAction}
                  locale={locale}
                  code={code}
                  version={row.version}
                  archive="archive"
                  label={t("archive.confirm")}
                  variant="danger"
                />
              </ConfirmCard>
            )}
          </div>
        </section>

        {archived ? (
          <p className="max-w-3xl rounded-md border-l-4 border-gold-400 bg-white p-4">{t("archive.editNote")}</p>
        ) : (
          <section aria-labelledby="form-heading" className="space-y-4">
            <h2 id="form-heading" className="text-xl font-bold text-brand-900">
              {t("form.editHeading")}
            </h2>
            <ParcelEditor
              action={saveParcelAction}
              locale={locale}
              parcel={{
                code,
                version: row.version,
                values: parcelFormValues(fields, textsOf(row), locale),
                boundary: row.boundary,
              }}
            />
          </section>
        )}
        <ParcelHistory locale={locale} entries={entries} />
      </div>
    </>
  );
}
