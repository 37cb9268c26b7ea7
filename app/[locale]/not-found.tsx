import { getTranslations } from "next-intl/server";
import { NotFoundView } from "@/components/layout/not-found-view";

export async function generateMetadata() {
  const t = await getTranslations("Metadata");
  return { title: t("notFoundTitle"), robots: { index: false } };
}

export default function LocaleNotFound() {
  return <NotFoundView />;
}
