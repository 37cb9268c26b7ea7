import { type Localized, textIn } from "@/lib/content/kinds";
import { Breadcrumbs } from "../ui/breadcrumbs";
import { ContentText } from "./content-text";

/**
 * The top of a content entry's page: the breadcrumb trail back to its list,
 * its name as the page's heading and its summary (each marked lang="vi"
 * when shown in place of a missing English text).
 */
export function ContentPageHeading({
  locale,
  breadcrumbLabel,
  parent,
  name,
  summary,
  summaryClassName = "",
}: {
  locale: string;
  breadcrumbLabel: string;
  parent: { href: string; text: string };
  name: Localized;
  summary: Localized;
  summaryClassName?: string;
}) {
  const heading = textIn(name, locale);
  return (
    <>
      <Breadcrumbs label={breadcrumbLabel} trail={[parent]} current={heading.text} />
      <h1
        lang={heading.lang === locale ? undefined : heading.lang}
        className="mt-4 text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl"
      >
        {heading.text}
      </h1>
      <p className={`mt-3 max-w-3xl text-lg ${summaryClassName}`}>
        <ContentText value={summary} locale={locale} />
      </p>
    </>
  );
}
