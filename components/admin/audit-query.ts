import type { AuditFilter } from "@/lib/schemas/staff";

/** The query string of a filter (only the fields set), for the page's links and the CSV export. */
export function auditQuery(filter: AuditFilter, overrides: Partial<AuditFilter> = {}): string {
  const merged = { ...filter, ...overrides };
  const params = new URLSearchParams();
  for (const name of ["actor", "entity", "action", "from", "to"] as const) {
    const value = merged[name];
    if (value) params.set(name, value);
  }
  if (merged.page && merged.page > 1) params.set("page", String(merged.page));
  const query = params.toString();
  return query ? `?${query}` : "";
}
