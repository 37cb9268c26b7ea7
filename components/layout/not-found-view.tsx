import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export function NotFoundView() {
  const t = useTranslations("NotFound");
  return (
    <div className="mx-auto max-w-3xl px-4 py-16">
      <p className="text-6xl font-bold text-brand-100" aria-hidden="true">
        404
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-4 text-lg text-muted">{t("body")}</p>
      <Link
        href="/"
        className="mt-6 inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
      >
        {t("home")}
      </Link>
    </div>
  );
}
