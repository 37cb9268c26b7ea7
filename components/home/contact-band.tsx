import { useTranslations } from "next-intl";
import type { SiteSettings } from "@/server/site/get-site-settings";
import { LinkButton } from "../ui/link-button";

export function ContactBand({ settings }: { settings: SiteSettings }) {
  const t = useTranslations("Home.contact");
  return (
    <section aria-labelledby="contact" className="mx-auto max-w-6xl px-4 py-16">
      <div className="rounded-xl bg-brand-800 px-6 py-10 text-white sm:px-10">
        <h2 id="contact" className="text-2xl font-bold sm:text-3xl">
          {t("heading")}
        </h2>
        <p className="mt-3 max-w-2xl text-lg text-brand-50">{t("body")}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <LinkButton href={`mailto:${settings.email}`}>{t("email", { email: settings.email })}</LinkButton>
          <LinkButton href={`tel:${settings.phone.replace(/[^+\d]/g, "")}`} variant="outline">
            {t("phone", { phone: settings.phone })}
          </LinkButton>
        </div>
      </div>
    </section>
  );
}
