import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { localePath } from "@/lib/paths";
import { LanguageMenu } from "../layout/language-menu";
import { SkipLink } from "../layout/skip-link";
import { Emblem } from "../ui/emblem";

/** The frame of the pages before the back office (signing in, setting a password): the brand, the language, one card. */
export async function AuthFrame({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  const [locale, t, tl] = await Promise.all([getLocale(), getTranslations("Admin.signIn"), getTranslations("Layout")]);
  return (
    <>
      <SkipLink label={tl("skipToContent")} />
      <header className="bg-brand-950 text-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <a href={localePath(locale, "/")} className="flex items-center gap-3">
            <Emblem className="size-9 shrink-0" />
            <span className="font-semibold">{t("brand")}</span>
          </a>
          <LanguageMenu current={locale} />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="flex-1 bg-brand-50/40 px-4 py-10 focus:outline-none">
        <div className="mx-auto max-w-lg rounded-lg border border-brand-100 bg-white p-6 shadow-sm sm:p-8">
          <h1 className="text-2xl font-bold text-brand-900">{title}</h1>
          {intro ? <p className="mt-2 text-muted">{intro}</p> : null}
          <div className="mt-6">{children}</div>
        </div>
      </main>
    </>
  );
}
