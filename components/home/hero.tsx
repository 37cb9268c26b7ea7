import { useFormatter, useTranslations } from "next-intl";
import type { KeyFigures } from "@/server/home/get-key-figures";
import type { SiteSettings } from "@/server/site/get-site-settings";
import { LinkButton } from "../ui/link-button";

export function Hero({
  settings,
  figures,
  landHref,
}: {
  settings: SiteSettings;
  figures: KeyFigures;
  landHref: string;
}) {
  const t = useTranslations("Home");
  const format = useFormatter();
  const stats = [
    { value: format.number(figures.parcelsAvailable), label: t("figures.parcelsAvailable") },
    {
      value: format.number(figures.hectaresAvailable, { maximumFractionDigits: 1 }),
      label: t("figures.hectaresAvailable"),
    },
    { value: format.number(figures.sectors), label: t("figures.sectors") },
    { value: format.number(figures.hubs), label: t("figures.hubs") },
  ];
  return (
    <section aria-labelledby="hero-title" className="relative overflow-hidden bg-brand-900 text-white">
      <svg aria-hidden="true" className="absolute inset-0 size-full opacity-[0.08]">
        <defs>
          <pattern id="hero-grid" width="48" height="48" patternUnits="userSpaceOnUse">
            <path d="M48 0H0v48" fill="none" stroke="white" strokeWidth="1" />
            <circle cx="0" cy="0" r="2.5" fill="white" />
          </pattern>
        </defs>
        <rect width="100%" height="100%" fill="url(#hero-grid)" />
      </svg>
      <div className="absolute inset-y-0 right-0 hidden w-1/2 bg-gradient-to-l from-brand-600/40 to-transparent md:block" />
      <div className="relative mx-auto max-w-6xl px-4 pt-14 pb-12 sm:pt-20">
        <p className="text-sm font-semibold tracking-widest text-gold-300 uppercase">{t("eyebrow")}</p>
        <h1
          id="hero-title"
          lang={settings.lang}
          className="mt-3 max-w-3xl text-4xl leading-tight font-bold tracking-tight sm:text-5xl"
        >
          {settings.brandName}
        </h1>
        <p lang={settings.lang} className="mt-5 max-w-2xl text-lg text-brand-50 sm:text-xl">
          {settings.tagline}
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          <LinkButton href={landHref}>{t("ctaLand")}</LinkButton>
          <LinkButton href="#contact" variant="outline">
            {t("ctaContact")}
          </LinkButton>
        </div>
        <h2 className="sr-only">{t("figures.heading")}</h2>
        <dl className="mt-12 grid max-w-4xl grid-cols-2 gap-4 md:grid-cols-4">
          {stats.map((stat) => (
            <div key={stat.label} className="rounded-lg border border-white/15 bg-white/5 px-5 py-4">
              <dt className="text-sm text-brand-100">{stat.label}</dt>
              <dd className="order-first text-4xl font-bold text-gold-300">{stat.value}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm text-brand-100">{t("figures.sampleNote")}</p>
      </div>
    </section>
  );
}
