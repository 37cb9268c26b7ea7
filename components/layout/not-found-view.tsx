import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { fullTitle } from "@/lib/metadata";
import { localePath } from "@/lib/paths";
import { getSiteSettings } from "@/server/site/get-site-settings";

export async function NotFoundView() {
  const locale = await getLocale();
  const [t, settings] = await Promise.all([getTranslations("NotFound"), getSiteSettings(locale)]);
  return (
    <div className="mx-auto max-w-3xl px-4 py-16">
      {/* not-found pages take no generateMetadata; React hoists these into <head>. */}
      <title>{fullTitle(t("title"), settings.brandName)}</title>
      <meta name="robots" content="noindex" />
      <p className="text-6xl font-bold text-brand-600" aria-hidden="true">
        404
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-4 text-lg text-muted">{t("body")}</p>
      <Link
        href={localePath(locale, "/")}
        className="mt-6 inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
      >
        {t("home")}
      </Link>
    </div>
  );
}
