import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { PostStatusCode } from "@/lib/posts/workflow";
import { StatusBadge } from "../status-badge";

const TONE = {
  DRAFT: "off",
  IN_REVIEW: "wait",
  APPROVED: "wait",
  SCHEDULED: "wait",
  PUBLISHED: "on",
  ARCHIVED: "off",
} as const satisfies Record<PostStatusCode, "on" | "off" | "wait">;

/** A post's status in words (the border's colour only repeats it). */
export async function PostStatusBadge({ locale, status }: { locale: Locale; status: PostStatusCode }) {
  const t = await getTranslations({ locale, namespace: "Admin.posts.statuses" });
  return <StatusBadge tone={TONE[status]}>{t(status)}</StatusBadge>;
}
