import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { localePath } from "@/lib/paths";
import { POST_KIND_SLUGS, POST_KINDS } from "@/lib/posts/workflow";
import type { NewsQuery } from "@/lib/schemas/news-query";
import { Button } from "../ui/button";
import { Field, Select } from "../ui/field";
import { asLocale } from "./as-locale";

type Option = { slug: string; name: string; lang: string };

/**
 * The list's filters: a plain GET form, so it works without JavaScript and
 * its result is a URL that can be shared. "All" sends an empty value, which
 * the list reads as no filter.
 */
export async function NewsFilters({
  locale,
  query,
  sectors,
  hubs,
}: {
  locale: string;
  query: NewsQuery;
  sectors: Option[];
  hubs: Option[];
}) {
  const l = asLocale(locale);
  const [t, kinds] = await Promise.all([
    getTranslations({ locale: l, namespace: "News.list.filters" }),
    getTranslations({ locale: l, namespace: "News.kinds" }),
  ]);
  const filtered = Boolean(query.kind || query.sector || query.hub);
  return (
    <search aria-labelledby="news-filters" className="rounded border border-brand-100 bg-brand-50/60 p-4 print:hidden">
      <h2 id="news-filters" className="text-lg font-bold text-brand-900">
        {t("heading")}
      </h2>
      <form action={localePath(locale, "/news")} method="get" className="mt-3 grid gap-4 sm:grid-cols-3">
        <Field id="news-kind" label={t("kind")}>
          {(control) => (
            <Select {...control} name="kind" defaultValue={query.kind ?? ""}>
              <option value="">{t("kindAll")}</option>
              {POST_KINDS.map((kind) => (
                <option key={kind} value={POST_KIND_SLUGS[kind]}>
                  {kinds(kind)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="news-sector" label={t("sector")}>
          {(control) => (
            <Select {...control} name="sector" defaultValue={query.sector ?? ""}>
              <option value="">{t("sectorAll")}</option>
              {sectors.map((sector) => (
                <option key={sector.slug} value={sector.slug} lang={sector.lang === locale ? undefined : sector.lang}>
                  {sector.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="news-hub" label={t("hub")}>
          {(control) => (
            <Select {...control} name="hub" defaultValue={query.hub ?? ""}>
              <option value="">{t("hubAll")}</option>
              {hubs.map((hub) => (
                <option key={hub.slug} value={hub.slug} lang={hub.lang === locale ? undefined : hub.lang}>
                  {hub.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <div className="flex flex-wrap items-center gap-4 sm:col-span-3">
          <Button>{t("submit")}</Button>
          {filtered ? (
            <Link
              href={localePath(locale, "/news")}
              className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
            >
              {t("clear")}
            </Link>
          ) : null}
        </div>
      </form>
    </search>
  );
}
