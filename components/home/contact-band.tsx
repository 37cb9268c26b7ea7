import { useLocale, useTranslations } from "next-intl";
import { localePath } from "@/lib/paths";
import type { SiteSettings } from "@/server/site/get-site-settings";
import { ContactsPlaceholderNote } from "../layout/contacts-placeholder-note";
import { LinkButton } from "../ui/link-button";

export function ContactBand({ settings }: { settings: SiteSettings }) {
  const t = useTranslations("Home.contact");
  const tf = useTranslations("Layout.footer");
  const locale = useLocale();
  return (
    <section aria-labelledby="contact" className="mx-auto max-w-6xl px-4 py-16">
      <div className="rounded-xl bg-brand-800 px-6 py-10 text-white sm:px-10">
        <h2 id="contact" className="text-2xl font-bold sm:text-3xl">
          {t("heading")}
        </h2>
        <p className="mt-3 max-w-2xl text-lg text-brand-50">{t("body")}</p>
        {settings.contactsVerified ? null : (
          <ContactsPlaceholderNote
            id="contact-band-note"
            className="mt-6 max-w-2xl"
            badge={tf("placeholderBadge")}
            text={tf("placeholder")}
            inquire={{ href: localePath(locale, "/inquire"), label: tf("inquire") }}
          />
        )}
        <div className="mt-6 flex flex-wrap gap-3">
          <LinkButton
            href={`mailto:${settings.email}`}
            aria-describedby={settings.contactsVerified ? undefined : "contact-band-note"}
          >
            {t("email", { email: settings.email })}
          </LinkButton>
          <LinkButton
            href={`tel:${settings.phone.replace(/[^+\d]/g, "")}`}
            variant="outline"
            aria-describedby={settings.contactsVerified ? undefined : "contact-band-note"}
          >
            {t("phone", { phone: settings.phone })}
          </LinkButton>
        </div>
      </div>
    </section>
  );
}
