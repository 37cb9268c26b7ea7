import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { isPreview } from "@/server/content/read-content";

/**
 * Across the top of every public page while a member of staff previews
 * drafts (draft mode, turned on from the back office): says so, and leads
 * out of it, back to the same page (the exit route reads where it came from).
 * Nothing at all otherwise, and never in a prerendered page.
 */
export async function PreviewBanner({ locale }: { locale: Locale }) {
  if (!(await isPreview())) return null;
  const t = await getTranslations({ locale, namespace: "Content" });
  return (
    <div role="region" aria-label={t("previewBanner")} className="bg-gold-400 text-brand-950 print:hidden">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-6 gap-y-1 px-4 py-2">
        <p className="font-semibold">{t("previewBanner")}</p>
        <a
          href={`/api/admin/preview/exit?locale=${encodeURIComponent(locale)}`}
          className="inline-flex min-h-11 items-center font-semibold underline underline-offset-4"
        >
          {t("previewExit")}
        </a>
      </div>
    </div>
  );
}
