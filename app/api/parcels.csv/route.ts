import { publicCacheControl } from "@/lib/cache-control";
import { csvLine, UTF8_BOM } from "@/lib/csv";
import { env } from "@/server/env";
import { type OpenParcel, openParcelFields, streamOpenParcels } from "@/server/parcels/open-data";
import { openDataError, readOpenDataRequest } from "@/server/parcels/open-data-request";

export const dynamic = "force-dynamic";

/**
 * Open data: every parcel matching the filters as CSV (UTF-8 with BOM, header
 * row, one row per parcel), streamed in batches so memory stays flat.
 */
export async function GET(request: Request) {
  let batches: ReturnType<typeof streamOpenParcels>;
  let first: OpenParcel[];
  try {
    const { search, locale } = await readOpenDataRequest(new URL(request.url));
    batches = streamOpenParcels(search, { locale });
    // Read the first batch before answering, so a database failure is a clean error response.
    first = await firstBatch(batches);
  } catch (error) {
    return openDataError(error);
  }
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(UTF8_BOM + csvLine(openParcelFields)));
      controller.enqueue(encoder.encode(rows(first)));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(rows(next.value)));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="parcels.csv"',
      "Cache-Control": publicCacheControl(env.PUBLIC_CACHE_SECONDS),
    },
  });
}

async function firstBatch(batches: ReturnType<typeof streamOpenParcels>): Promise<OpenParcel[]> {
  const first = await batches.next();
  return first.done ? [] : first.value;
}

function rows(records: OpenParcel[]) {
  return records
    .map((record) =>
      csvLine(
        openParcelFields.map((field) => {
          const value = record[field];
          return Array.isArray(value) ? value.join(";") : value;
        }),
      ),
    )
    .join("");
}
