import { localePath } from "@/lib/paths";
import { MAX_QUERY_LENGTH } from "@/lib/schemas/parcel-search";

/** The header's site search: a plain GET form to the search page (works without JavaScript). */
export function SiteSearch({
  locale,
  id,
  texts,
}: {
  locale: string;
  /** Unique per page: the header renders one form for wide screens and one in the small-screen menu. */
  id: string;
  texts: { label: string; submit: string };
}) {
  return (
    <form action={localePath(locale, "/search")} method="get" role="search" aria-label={texts.label}>
      <label htmlFor={id} className="sr-only">
        {texts.label}
      </label>
      <div className="flex">
        <input
          id={id}
          name="q"
          type="search"
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          className="min-h-11 w-full min-w-0 rounded-l-md border border-r-0 border-gray-500 bg-white px-3 text-base text-ink focus:border-brand-700 lg:w-56"
        />
        <button
          type="submit"
          className="min-h-11 shrink-0 rounded-r-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          {texts.submit}
        </button>
      </div>
    </form>
  );
}
