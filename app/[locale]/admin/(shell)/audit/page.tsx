import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuditView } from "@/components/admin/audit-view";
import { localeOf } from "@/i18n/routing";
import { auditFilterSchema } from "@/lib/schemas/staff";
import { requirePagePermission } from "@/server/admin/page-permission";
import { auditFilterChoices, listAudit } from "@/server/audit/list-audit";
import { actorCan } from "@/server/auth/require-permission";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.audit" });
  return { title: t("title") };
}

export default async function AuditLogPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const actor = await requirePagePermission(locale, "audit:read", "/admin/audit");
  const query = await searchParams;
  // Empty fields of the GET form mean "any"; a repeated name counts once.
  const filter = auditFilterSchema.parse(
    Object.fromEntries(
      Object.entries(query)
        .map(([name, value]) => [name, Array.isArray(value) ? value[0] : value])
        .filter(([, value]) => value !== undefined && value !== ""),
    ),
  );
  const [result, choices] = await Promise.all([listAudit(filter), auditFilterChoices()]);
  return (
    <AuditView
      locale={locale}
      filter={filter}
      result={result}
      choices={choices}
      linkPeople={actorCan(actor, "user:manage")}
    />
  );
}
