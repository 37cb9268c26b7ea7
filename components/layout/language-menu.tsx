import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { LanguageSwitcher } from "./language-switcher";

/** The language links of every header: each language offered under its own name, read from its own messages file. */
export async function LanguageMenu({ current }: { current: (typeof routing.locales)[number] }) {
  const [t, names] = await Promise.all([
    getTranslations({ locale: current, namespace: "Layout.language" }),
    Promise.all(
      routing.locales.map(
        async (locale) => [locale, (await getTranslations({ locale, namespace: "Layout.language" }))("name")] as const,
      ),
    ),
  ]);
  return <LanguageSwitcher label={t("label")} names={Object.fromEntries(names)} current={current} />;
}
