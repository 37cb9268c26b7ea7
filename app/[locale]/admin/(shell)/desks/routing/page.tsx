import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DoneNotice } from "@/components/admin/done-notice";
import { PageHeader } from "@/components/admin/page-header";
import { RoutingTable } from "@/components/admin/routing-table";
import { WhichDeskForm, type WhichDeskResult } from "@/components/admin/which-desk-form";
import { LinkButton } from "@/components/ui/link-button";
import { localeOf } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { capitalRanges } from "@/lib/schemas/inquiry";
import { whichDeskQuerySchema } from "@/lib/schemas/routing-rule";
import { listDesks } from "@/server/admin/list-desks";
import { requirePagePermission } from "@/server/admin/page-permission";
import { actorCan } from "@/server/auth/require-permission";
import { getDefaultDesk } from "@/server/desks/read-desks";
import { listRoutingChoices, listRoutingRules, whichDesk } from "@/server/routing/list-routing-rules";
import { moveRoutingRuleAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const DONE = ["created", "updated", "movedUp", "movedDown", "deleted"] as const;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.routing" });
  return { title: t("title") };
}

export default async function RoutingPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const actor = await requirePagePermission(locale, "routing:manage", "/admin/desks/routing");
  const raw = await searchParams;
  // Empty fields of the GET form mean "not chosen".
  const query = whichDeskQuerySchema.parse({
    sector: first(raw.sector) || undefined,
    hub: first(raw.hub) || undefined,
    capital: first(raw.capital) || undefined,
  });
  const [t, te, rules, choices, desks, defaultDesk, answer] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.routing" }),
    getTranslations({ locale, namespace: "Email.capital" }),
    listRoutingRules(locale),
    listRoutingChoices(locale),
    listDesks(locale),
    getDefaultDesk(),
    whichDesk(query),
  ]);
  const capital = (Object.entries(capitalRanges) as [keyof typeof capitalRanges, string][]).map(([slug, code]) => ({
    slug,
    code,
    label: te(slug),
  }));
  const deskOf = (id: number) => desks.find((desk) => desk.id === id);
  let result: WhichDeskResult | null = null;
  if (answer.asked) {
    const decision = answer.decision;
    const desk = decision ? deskOf(decision.deskId) : undefined;
    const rule = decision?.ruleId ? rules.find((r) => r.id === decision.ruleId) : undefined;
    result =
      desk && rule
        ? { kind: "rule", desk: desk.name, deskLang: desk.lang, position: rule.position, ruleId: rule.id }
        : desk
          ? { kind: "default", desk: desk.name, deskLang: desk.lang }
          : { kind: "none" };
  }
  const done = DONE.find((key) => key === first(raw.done));
  const defaultName = defaultDesk ? deskOf(defaultDesk.id) : undefined;
  const page = localePath(locale, "/admin/desks/routing");
  const foreign = (lang: string) => (lang === locale ? undefined : lang);
  return (
    <>
      {done ? <DoneNotice message={t(`done.${done}`)} /> : null}
      <PageHeader title={t("title")} intro={t("intro")}>
        <LinkButton href={localePath(locale, "/admin/desks/routing/new")} variant="solid">
          {t("add")}
        </LinkButton>
        {actorCan(actor, "desk:manage") ? (
          <LinkButton href={localePath(locale, "/admin/desks")} variant="light">
            {t("desksLink")}
          </LinkButton>
        ) : null}
      </PageHeader>
      <WhichDeskForm
        locale={locale}
        action={page}
        query={query}
        sectors={choices.sectors.map((s) => ({ value: s.slug, label: s.name, lang: foreign(s.lang) }))}
        hubs={choices.hubs.map((h) => ({ value: h.slug, label: h.name, lang: foreign(h.lang) }))}
        capital={capital.map((c) => ({ value: c.slug, label: c.label }))}
        result={result}
      />
      {rules.length === 0 ? (
        <p className="max-w-3xl">{t("empty")}</p>
      ) : (
        <RoutingTable
          locale={locale}
          rules={rules}
          matchedRuleId={result?.kind === "rule" ? result.ruleId : null}
          capitalLabels={Object.fromEntries(capital.map((c) => [c.code, c.label]))}
          move={moveRoutingRuleAction}
        />
      )}
      <p
        className={`mt-4 max-w-3xl rounded-md p-3 ${result?.kind === "default" ? "bg-amber-50 outline-3 outline-gold-400" : ""}`}
      >
        {defaultName
          ? t.rich("defaultDesk", {
              name: defaultName.name,
              desk: (chunks) => <strong lang={foreign(defaultName.lang)}>{chunks}</strong>,
            })
          : t("noDefault")}
      </p>
    </>
  );
}
