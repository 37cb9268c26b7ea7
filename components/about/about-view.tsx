import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "@/i18n/routing";
import { type DocOf, textIn } from "@/lib/content/kinds";
import { localePath } from "@/lib/paths";
import { AsOf } from "../content/content-facts";
import { ContentParagraphs, ContentText } from "../content/content-text";

const h2 = "border-b-2 border-gold-400 pb-1 text-2xl font-bold text-brand-900";
const OFFICES = ["board", "finance", "agriculture", "construction"] as const;

/**
 * The zone told plainly (its status text and the day it was confirmed), who
 * presents the portal, which office does what, and the contacts — marked as
 * placeholders while they are not the office's confirmed ones.
 */
export async function AboutView({ locale, site }: { locale: Locale; site: DocOf<"site"> }) {
  const t = await getTranslations({ locale, namespace: "About" });
  const authority = textIn(site.authorityName, locale);
  const placeholder = !site.contactsVerified;
  const described = placeholder ? "contacts-placeholder" : undefined;
  const badge = placeholder ? (
    <span className="ml-2 inline-block rounded bg-amber-100 px-2 py-0.5 text-sm font-semibold text-amber-950">
      {t("contacts.placeholderBadge")}
    </span>
  ) : null;
  const contacts: { key: "address" | "phone" | "email" | "website"; value: ReactNode }[] = [
    { key: "address", value: <ContentText value={site.address} locale={locale} /> },
    {
      key: "phone",
      value: (
        <a
          href={`tel:${site.phone.replace(/[^+\d]/g, "")}`}
          aria-describedby={described}
          className="inline-flex min-h-6 items-center text-brand-700 underline underline-offset-4"
        >
          {site.phone}
        </a>
      ),
    },
    {
      key: "email",
      value: (
        <a
          href={`mailto:${site.email}`}
          aria-describedby={described}
          className="inline-flex min-h-6 items-center break-all text-brand-700 underline underline-offset-4"
        >
          {site.email}
        </a>
      ),
    },
    ...(site.websiteUrl
      ? [
          {
            key: "website" as const,
            value: (
              <a
                href={site.websiteUrl}
                className="inline-flex min-h-6 items-center break-all text-brand-700 underline underline-offset-4"
              >
                {site.websiteUrl}
              </a>
            ),
          },
        ]
      : []),
  ];

  return (
    <article className="mx-auto max-w-4xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl">{t("heading")}</h1>

      <section aria-labelledby="zone-status" className="mt-8">
        <h2 id="zone-status" className={h2}>
          {t("status.heading")}
        </h2>
        <div className="mt-4 rounded-lg border-l-4 border-gold-400 bg-brand-50 p-5">
          <p className="text-lg font-semibold text-brand-900">{t("status.lead")}</p>
          <ContentParagraphs value={site.zoneStatus} locale={locale} className="mt-3 space-y-3" />
          <p className="mt-3">
            <AsOf date={site.zoneStatusAsOf} locale={locale} />
          </p>
        </div>
      </section>

      <section aria-labelledby="authority" className="mt-10">
        <h2 id="authority" className={h2}>
          {t("authority.heading")}
        </h2>
        <p className="mt-4">
          {t.rich("authority.body", {
            authority: () => (
              <strong lang={authority.lang === locale ? undefined : authority.lang}>{authority.text}</strong>
            ),
          })}
        </p>
        <p className="mt-2 text-sm text-muted">{t("authority.source")}</p>
      </section>

      <section aria-labelledby="organisation" className="mt-10">
        <h2 id="organisation" className={h2}>
          {t("organisation.heading")}
        </h2>
        <p className="mt-4">{t("organisation.intro")}</p>
        <dl className="mt-4 divide-y divide-brand-100 rounded-lg border border-brand-100">
          {OFFICES.map((office) => (
            <div key={office} className="grid gap-1 px-4 py-3 sm:grid-cols-[16rem_1fr] sm:gap-4">
              <dt className="font-semibold text-brand-900">{t(`organisation.${office}.name`)}</dt>
              <dd>{t(`organisation.${office}.role`)}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-2 text-sm text-muted">{t("organisation.source")}</p>
      </section>

      <section aria-labelledby="contacts" className="mt-10">
        <h2 id="contacts" className={h2}>
          {t("contacts.heading")}
        </h2>
        <p className="mt-4 font-semibold" lang={authority.lang === locale ? undefined : authority.lang}>
          {authority.text}
        </p>
        {placeholder ? (
          <div
            id="contacts-placeholder"
            className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-950"
          >
            <p>
              <strong className="mr-2 inline-block rounded bg-amber-200 px-1.5 py-0.5 text-sm">
                {t("contacts.placeholderBadge")}
              </strong>
              {t("contacts.placeholder")}
            </p>
            <Link
              href={localePath(locale, "/inquire")}
              className="mt-2 inline-flex min-h-11 items-center font-semibold text-brand-800 underline underline-offset-4"
            >
              {t("contacts.inquire")}
            </Link>
          </div>
        ) : null}
        <dl className="mt-4 space-y-3">
          {contacts.map((item) => (
            <div key={item.key} className="grid gap-1 sm:grid-cols-[12rem_1fr] sm:gap-4">
              <dt className="font-semibold text-brand-900">{t(`contacts.${item.key}`)}</dt>
              <dd>
                {item.value}
                {item.key === "website" ? null : badge}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="portal" className="mt-10">
        <h2 id="portal" className={h2}>
          {t("portal.heading")}
        </h2>
        <p className="mt-4">{t("portal.body")}</p>
        <h3 className="mt-6 text-lg font-semibold text-brand-900">{t("portal.links")}</h3>
        <ul className="mt-2 flex flex-wrap gap-x-6">
          {(["sectors", "hubs", "land"] as const).map((page) => (
            <li key={page}>
              <Link
                href={localePath(locale, `/${page}`)}
                className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
              >
                {t(`portal.${page}`)}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
