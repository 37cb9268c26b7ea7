import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { renderNoticePage } from "@/lib/notice-page";
import { localePath } from "@/lib/paths";

export type UploadRefusal = "crossSite" | "badRequest" | "forbidden";

/**
 * The page an upload route answers when there is no form to go back to (a
 * post from another site, a malformed request, a role without the
 * permission): a notice in the editor's language, never cached.
 */
export async function uploadRefusalPage(locale: Locale, reason: UploadRefusal, status: 400 | 403 = 403) {
  const [admin, frontDoor] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.forbidden" }),
    getTranslations({ locale, namespace: "FrontDoor" }),
  ]);
  const texts =
    reason === "forbidden"
      ? { title: admin("title"), body: `${admin("bodyNoRole")} ${admin("ask")}`, link: admin("home") }
      : { title: frontDoor(`${reason}.title`), body: frontDoor(`${reason}.body`), link: frontDoor(`${reason}.link`) };
  const body = renderNoticePage(locale, texts, localePath(locale, reason === "forbidden" ? "/admin" : "/"));
  return new Response(body, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}
