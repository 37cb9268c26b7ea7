import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { type PersonalDataDone, PersonalDataView } from "@/components/admin/personal-data-view";
import { localeOf } from "@/i18n/routing";
import { personalDataLookupSchema } from "@/lib/schemas/personal-data";
import { requirePagePermission } from "@/server/admin/page-permission";
import { findPersonalData } from "@/server/privacy/personal-data";
import { erasePersonalDataAction, withdrawNewsletterAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.personalData" });
  return { title: t("metaTitle") };
}

/** What was done, from the address the action redirected to (`?done=…&count=…&refs=…`). */
function doneOf(query: Record<string, string | string[] | undefined>): PersonalDataDone | null {
  const kind = first(query.done);
  if (kind !== "erased" && kind !== "withdrawn") return null;
  const count = Number(first(query.count));
  const references = (first(query.refs) ?? "").replace(/[^A-Z0-9, -]/g, "").slice(0, 2000);
  return { kind, count: Number.isInteger(count) && count >= 0 ? count : 0, references };
}

export default async function PersonalDataPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  await requirePagePermission(locale, "personal-data:manage", "/admin/personal-data");
  const query = await searchParams;
  const typed = first(query.email)?.slice(0, 254) ?? "";
  const lookup = personalDataLookupSchema.safeParse({ email: typed });
  const found = lookup.success ? await findPersonalData(lookup.data.email, locale) : null;
  return (
    <PersonalDataView
      locale={locale}
      email={typed}
      invalidEmail={typed.trim() !== "" && !lookup.success}
      found={found}
      confirmErase={first(query.confirm) === "erase"}
      done={doneOf(query)}
      actions={{ erase: erasePersonalDataAction, withdraw: withdrawNewsletterAction }}
    />
  );
}
