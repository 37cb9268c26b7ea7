import { db } from "@/server/db";
import { checkDatabase } from "@/server/health/check-database";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkDatabase(db);
  return Response.json(health.ok ? { status: "ok" } : { status: "unavailable", reason: health.reason }, {
    status: health.ok ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
