import { getTranslations } from "next-intl/server";
import { localeOf } from "@/i18n/routing";
import { personalDataLookupSchema } from "@/lib/schemas/personal-data";
import { requirePermission } from "@/server/auth/require-permission";
import { isAppError } from "@/server/errors";
import { exportPersonalData, personalDataDocument } from "@/server/privacy/personal-data";
import { getSiteSettings } from "@/server/site/get-site-settings";

export const dynamic = "force-dynamic";

/**
 * Everything the portal holds about the person with this e-mail address, as
 * one JSON file to hand over to them. The export is recorded in the audit
 * log (with the references it covers) before the file is sent.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeOf(params);
  const t = await getTranslations({ locale, namespace: "Admin.personalData.refused" });
  let actor: Awaited<ReturnType<typeof requirePermission>>;
  try {
    actor = await requirePermission("personal-data:manage");
  } catch (error) {
    if (isAppError(error, "UNAUTHENTICATED")) return refusal(401, t("unauthenticated"));
    if (isAppError(error, "FORBIDDEN")) return refusal(403, t("forbidden"));
    throw error;
  }
  const lookup = personalDataLookupSchema.safeParse({ email: new URL(request.url).searchParams.get("email") ?? "" });
  if (!lookup.success) {
    const te = await getTranslations({ locale, namespace: "Admin.errors" });
    return refusal(400, te("email"));
  }
  const [found, settings] = await Promise.all([
    exportPersonalData({ actor, email: lookup.data.email, format: "json", locale }),
    getSiteSettings(locale),
  ]);
  const generatedAt = new Date();
  const document = personalDataDocument(found, { controller: settings.authorityName, generatedAt });
  const day = new Date(generatedAt.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="personal-data-${day}.json"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

function refusal(status: 400 | 401 | 403, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}
