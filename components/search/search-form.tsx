import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { MAX_QUERY_LENGTH } from "@/lib/schemas/search";
import { Button } from "../ui/button";
import { Field, TextInput } from "../ui/field";

/** The search page's own form: a GET form, so a search is a URL and works without JavaScript. */
export async function SearchForm({ locale, q }: { locale: Locale; q: string }) {
  const t = await getTranslations({ locale, namespace: "Search" });
  return (
    <form
      action={localePath(locale, "/search")}
      method="get"
      role="search"
      aria-label={t("formLabel")}
      className="mt-6 max-w-3xl"
    >
      <Field id="search-q" label={t("label")} hint={t("hint")}>
        {(control) => (
          <div className="flex flex-wrap items-end gap-3">
            <TextInput
              {...control}
              name="q"
              type="search"
              defaultValue={q}
              maxLength={MAX_QUERY_LENGTH}
              autoComplete="off"
              className="max-w-xl flex-1"
            />
            <Button>{t("submit")}</Button>
          </div>
        )}
      </Field>
    </form>
  );
}
