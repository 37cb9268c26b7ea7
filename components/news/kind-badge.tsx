import { getTranslations } from "next-intl/server";
import type { PostKindCode } from "@/lib/posts/workflow";
import { asLocale } from "./as-locale";

const tone: Record<PostKindCode, string> = {
  NEWS: "border-brand-700 text-brand-900",
  EVENT: "border-green-700 text-green-900",
  POLICY_UPDATE: "border-amber-700 text-amber-950",
  AGREEMENT: "border-sky-700 text-sky-950",
};

/** What kind of post this is, in words (the border's colour only echoes it). */
export async function KindBadge({ kind, locale }: { kind: PostKindCode; locale: string }) {
  const t = await getTranslations({ locale: asLocale(locale), namespace: "News.kinds" });
  return (
    <span
      className={`inline-flex items-center rounded border bg-white px-2 py-0.5 text-sm font-semibold ${tone[kind]}`}
    >
      {t(kind)}
    </span>
  );
}
