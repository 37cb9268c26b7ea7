import { getTranslations } from "next-intl/server";
import { totpQrSvg } from "@/server/auth/totp";

/** The QR code to scan (drawn on the server) and the same secret as text, for typing it in. */
export async function TotpSetup({ secret, account }: { secret: string; account: string }) {
  const t = await getTranslations("Admin.signIn");
  const { svg } = totpQrSvg(secret, account, t("issuer"));
  const grouped = secret.replace(/(.{4})/g, "$1 ").trim();
  return (
    <div className="space-y-3">
      <ol className="list-decimal space-y-1 pl-5">
        <li>{t("enrolStep1")}</li>
        <li>{t("enrolStep2")}</li>
        <li>{t("enrolStep3")}</li>
      </ol>
      <figure className="w-fit">
        {/* The SVG is made here from the secret; it carries no outside content. */}
        <div
          role="img"
          aria-label={t("qrLabel")}
          className="size-48 bg-white p-2 [&>svg]:size-full"
          // biome-ignore lint/security/noDangerouslySetInnerHtml: server-generated QR code SVG, no user content
          dangerouslySetInnerHTML={{ __html: svg }}
        />
        <figcaption className="mt-2 text-sm">
          {t("secretLabel")} <code className="font-mono text-base break-all">{grouped}</code>
        </figcaption>
      </figure>
    </div>
  );
}
