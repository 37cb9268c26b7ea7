import { getTranslations } from "next-intl/server";
import { MAX_QUERY_LENGTH, type SearchIssue } from "@/lib/schemas/parcel-search";

/** Says, in the visitor's language, which parts of a search were ignored and why. */
export async function SearchIssues({ issues }: { issues: SearchIssue[] }) {
  if (issues.length === 0) return null;
  const [t, filters, pagination, compare] = await Promise.all([
    getTranslations("Land.issues"),
    getTranslations("Land.filters"),
    getTranslations("Land.pagination"),
    getTranslations("Land.compareBar"),
  ]);
  const label = (field: SearchIssue["field"]) =>
    field === "page" ? pagination("label") : field === "compare" ? compare("label") : filters(field);
  const message = (issue: SearchIssue) => {
    switch (issue.code) {
      case "invalid":
        return t("invalid", { field: label(issue.field) });
      case "tooLong":
        return t("tooLong", { max: MAX_QUERY_LENGTH });
      default:
        return t(issue.code);
    }
  };
  return (
    <div role="status" className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-4">
      <h2 className="font-semibold text-amber-950">{t("heading")}</h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-amber-950">
        {issues.map((issue) => (
          <li key={`${issue.field}-${issue.code}`}>{message(issue)}</li>
        ))}
      </ul>
    </div>
  );
}
