import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { WithdrawForm } from "@/components/newsletter/withdraw-form";
import { localeOf } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { checkNewsletterLink } from "@/server/privacy/newsletter-link";
import { getSiteSettings } from "@/server/site/get-site-settings";
import { withdrawNewsletterByLink } from "./actions";

// Rendered per request: it reads the link's query.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const t = await getTranslations({ locale, namespace: "Newsletter.withdraw" });
  const settings = await getSiteSettings(locale);
  return { title: { absolute: `${t("metaTitle")} | ${settings.brandName}` }, robots: { index: false, follow: false } };
}

/**
 * Where the "stop receiving news" link of an e-mail leads: a confirmation
 * with one button (following the link changes nothing, so that a mail
 * scanner opening it does not withdraw anything), then the answer.
 */
export default async function NewsletterWithdrawPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const query = await searchParams;
  const [t, settings] = await Promise.all([getTranslations("Newsletter.withdraw"), getSiteSettings(locale)]);
  const fields = { ref: first(query.ref), token: first(query.token) };
  const reference = await checkNewsletterLink(fields);
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl">{t("heading")}</h1>
      <div className="mt-6">
        {reference ? (
          <WithdrawForm
            action={withdrawNewsletterByLink}
            reference={reference}
            token={fields.token ?? ""}
            intro={t("intro", { reference })}
            texts={{
              submit: t("submit"),
              doneHeading: t("doneHeading"),
              done: t("done"),
              invalidHeading: t("invalidHeading"),
              invalid: t("invalid", { email: settings.email }),
              rateLimited: t.raw("rateLimited") as string,
            }}
          />
        ) : (
          <div role="alert" className="rounded-lg border-l-4 border-red-700 bg-red-50 p-5">
            <h2 className="text-xl font-bold text-red-900">{t("invalidHeading")}</h2>
            <p className="mt-2">{t("invalid", { email: settings.email })}</p>
          </div>
        )}
      </div>
      <p className="mt-8 flex flex-wrap gap-x-6 gap-y-2">
        <a href={localePath(locale, "/privacy")} className="text-brand-700 underline underline-offset-4">
          {t("privacy")}
        </a>
        <a href={localePath(locale, "/")} className="text-brand-700 underline underline-offset-4">
          {t("home")}
        </a>
      </p>
    </div>
  );
}
