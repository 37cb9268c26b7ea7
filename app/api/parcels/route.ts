import { publicCacheControl } from "@/lib/cache-control";
import { searchToQuery } from "@/lib/schemas/parcel-search";
import { env } from "@/server/env";
import { listOpenParcels } from "@/server/parcels/open-data";
import { openDataError, readOpenDataRequest } from "@/server/parcels/open-data-request";

export const dynamic = "force-dynamic";

/** Open data: the parcel catalogue as JSON, with the same filters as /{locale}/land (docs/open-data.md). */
export async function GET(request: Request) {
  try {
    const url = new URL(request.url);
    const { search, locale, pageSize, notices } = await readOpenDataRequest(url);
    const { total, totalIsCapped, totalPages, items } = await listOpenParcels(search, { locale, pageSize });
    const link = (page: number) => {
      const query = searchToQuery(search, { page, compare: [] });
      query.set("locale", locale);
      query.set("pageSize", String(pageSize));
      return `${url.origin}${url.pathname}?${query}`;
    };
    return Response.json(
      {
        data: items,
        meta: { total, totalIsCapped, page: search.page, pageSize, totalPages, locale },
        links: {
          self: link(search.page),
          next: search.page < totalPages ? link(search.page + 1) : null,
          prev: search.page > 1 ? link(Math.min(search.page - 1, totalPages)) : null,
        },
        notices,
      },
      { headers: { "Cache-Control": publicCacheControl(env.PUBLIC_CACHE_SECONDS) } },
    );
  } catch (error) {
    return openDataError(error);
  }
}
