import "server-only";
import { localePath } from "@/lib/paths";
import { linkToken } from "../auth/links";
import { db } from "../db";
import { env } from "../env";
import { translatorFor } from "./messages";
import { mailDomain, sendMail } from "./transport";

/**
 * The e-mail carrying a one-time link to set a password (an invitation or a
 * reset), in the person's language. The token is derived again from the
 * link's salt (server/auth/links.ts). A link already used or expired is not
 * sent; sending twice is harmless (the same link, the same Message-ID), so
 * this e-mail needs no delivery ledger.
 */
export async function deliverStaffLinkEmail(staffLinkId: number): Promise<void> {
  const link = await db.staffLink.findUnique({ where: { id: staffLinkId }, include: { user: true } });
  if (!link || link.usedAt || link.expiresAt.getTime() <= Date.now() || !link.user.active) return;
  const [t, settings, token] = await Promise.all([
    translatorFor(link.user.locale),
    db.siteSettings.findUnique({ where: { id: 1 }, include: { translations: true } }),
    linkToken(link.salt),
  ]);
  const site = settings?.translations.find((s) => s.locale === link.user.locale) ?? settings?.translations[0];
  const url = `${env.SITE_URL}${localePath(link.user.locale, `/admin/set-password?token=${encodeURIComponent(token)}`)}`;
  const expires = new Intl.DateTimeFormat(link.user.locale, {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Asia/Ho_Chi_Minh",
  }).format(link.expiresAt);
  const kind = link.purpose === "INVITATION" ? "invitation" : "reset";
  await sendMail({
    to: link.user.email,
    messageId: `<staff-link-${link.id}@${mailDomain()}>`,
    fromName: site?.brandName ?? "Long An",
    subject: t(`staff.${kind}.subject`),
    text: [
      t("staff.greeting", { name: link.user.name }),
      "",
      t(`staff.${kind}.body`, { brand: site?.brandName ?? "" }),
      "",
      url,
      "",
      t("staff.expires", { time: expires }),
      t("staff.ignore"),
      "",
      site?.authorityName ?? "",
    ].join("\n"),
  });
}
