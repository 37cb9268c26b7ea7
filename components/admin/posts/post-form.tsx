"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import type { Locale } from "@/i18n/routing";
import type { FormState } from "@/lib/form-state";
import { POST_LIMITS, POST_TEXT_FIELDS, type PostTextField } from "@/lib/posts/schema";
import { POST_KINDS } from "@/lib/posts/workflow";
import { useAdminErrors } from "../../auth/use-admin-errors";
import type { PostImageSource } from "../../posts/post-image";
import { ErrorSummary } from "../../ui/error-summary";
import { Field, Select, TextArea, TextInput } from "../../ui/field";
import { SubmitButton } from "../../ui/submit-button";
import { CoverChoice } from "./cover-choice";

type Action = (previous: FormState, data: FormData) => Promise<FormState>;

export type PostChoice = { value: string; label: string; lang?: string };
export type PostFormChoices = { sectors: PostChoice[]; hubs: PostChoice[]; related: PostChoice[] };

export type PostFormPost = {
  id: number;
  version: number;
  /** The latest revision as the form's values (lib/posts/schema.ts, postDocToFormValues). */
  values: Record<string, string>;
};

const LANGUAGES = ["vi", "en"] as const;
const fieldset = "rounded-md border border-brand-100 p-4 sm:p-5";
const legend = "px-1 text-lg font-semibold text-brand-900";

/**
 * The one form of a post, new or existing: the kind, the texts in
 * Vietnamese (required) and English (optional) side by side on wide screens,
 * the cover image (chosen by the upload form outside this one: see
 * `cover`), the fields of each kind in their own group, and what the post
 * relates to. "Save draft" and "Save and preview" post the same fields. A
 * change saved by someone else meanwhile is refused with who and when; the
 * page is then read again so that it shows the latest version, and the
 * form keeps what was typed.
 */
export function PostForm({
  action,
  locale,
  post,
  choices,
  cover,
}: {
  action: Action;
  locale: Locale;
  post?: PostFormPost;
  choices: PostFormChoices;
  /** The cover image as the page found it: the revision's, or one just uploaded (`?coverImage=`). */
  cover: { id: string | null; image: PostImageSource | null; removeHref: string };
}) {
  const t = useTranslations("Admin.posts.form");
  const tp = useTranslations("Admin.posts");
  const format = useFormatter();
  const router = useRouter();
  const [state, formAction] = useActionState(action, null);

  // A change made meanwhile: its time is shown in the page's language, and the page is read again.
  const conflict = state?.errors.form === "postChanged" ? state.attempt : 0;
  const at = state?.details?.at;
  // Numbers only: the messages put their own "at" before it.
  const when = at
    ? format.dateTime(new Date(at), {
        hour: "2-digit",
        minute: "2-digit",
        day: "numeric",
        month: "numeric",
        year: "numeric",
      })
    : "";
  useEffect(() => {
    if (conflict > 0) router.refresh();
  }, [conflict, router]);
  const shown: FormState = state && at ? { ...state, details: { ...state.details, at: when } } : state;

  const languageName = (lang: string) => t(lang === "vi" ? "vi" : "en");
  const labels: Record<string, string> = {
    kind: t("kind"),
    coverImageId: t("cover"),
    eventStartsAt: t("eventStartsAt"),
    eventEndsAt: t("eventEndsAt"),
    registrationUrl: t("registrationUrl"),
    agreementDate: t("agreementDate"),
    relatedContent: t("relatedContent"),
    sectors: t("sectors"),
    hubs: t("hubs"),
    parcels: t("parcels"),
  };
  for (const lang of LANGUAGES)
    for (const field of POST_TEXT_FIELDS) labels[`${lang}.${field}`] = `${t(field)} (${languageName(lang)})`;
  const { fieldError, summary, title } = useAdminErrors(shown, labels, "kind-NEWS");
  // The cover's hidden input cannot take focus: its error leads to the cover field.
  const summaryLinks = summary.map((item) => (item.id === "coverImageId" ? { ...item, id: "cover" } : item));

  const saved = post?.values ?? {};
  const typed = state?.values;
  const value = (name: string) => (typed ? (typed[name] ?? "") : (saved[name] ?? ""));
  const listed = (name: string) => new Set(value(name).split(",").filter(Boolean));
  const kind = value("kind") || "NEWS";

  const textField = (lang: (typeof LANGUAGES)[number], field: PostTextField) => {
    const name = `${lang}.${field}`;
    const hintKey = {
      slug: "slugHint",
      summary: "summaryHint",
      body: "bodyHint",
      imageAlt: "imageAltHint",
      parties: "partiesHint",
    } as const;
    const hint = field in hintKey ? t(hintKey[field as keyof typeof hintKey]) : undefined;
    const multiline = field === "body" || field === "summary" || field === "parties";
    const label = (
      <>
        {t(field)} <span className="font-normal text-muted">({languageName(lang)})</span>
      </>
    );
    return (
      <Field
        key={name}
        id={name}
        label={label}
        hint={hint}
        describedBy={field === "body" ? "markdown-help" : undefined}
        error={fieldError(name)}
      >
        {(control) =>
          multiline ? (
            <TextArea
              {...control}
              name={name}
              lang={lang}
              rows={field === "body" ? 16 : 3}
              maxLength={POST_LIMITS[field]}
              required={lang === "vi" && (field === "summary" || field === "body")}
              defaultValue={value(name)}
            />
          ) : (
            <TextInput
              {...control}
              name={name}
              lang={lang}
              maxLength={POST_LIMITS[field]}
              required={lang === "vi" && field === "title"}
              autoComplete="off"
              spellCheck={field === "slug" ? false : undefined}
              defaultValue={value(name)}
            />
          )
        }
      </Field>
    );
  };

  const checkList = (name: "sectors" | "hubs", options: PostChoice[]) => {
    const chosen = listed(name);
    const error = fieldError(name);
    return (
      <fieldset id={name} tabIndex={-1} className={fieldset}>
        <legend className={legend}>{labels[name]}</legend>
        {error ? <p className="mb-3 font-semibold text-red-800">{error}</p> : null}
        <div className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
          {options.map((option) => (
            <div key={option.value} className="flex min-h-11 items-start gap-3">
              <input
                id={`${name}-${option.value}`}
                name={name}
                type="checkbox"
                value={option.value}
                defaultChecked={chosen.has(option.value)}
                aria-invalid={error ? true : undefined}
                className="mt-1 size-5 shrink-0"
              />
              <label htmlFor={`${name}-${option.value}`} lang={option.lang}>
                {option.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    );
  };

  const dateTime = (name: "eventStartsAt" | "eventEndsAt") => (
    <Field id={name} label={labels[name] as string} hint={t("timeZone")} error={fieldError(name)}>
      {(control) => (
        <TextInput {...control} name={name} type="datetime-local" defaultValue={value(name)} className="max-w-xs" />
      )}
    </Field>
  );

  const related = value("relatedContent");
  const incentives = choices.related.filter((choice) => choice.value.startsWith("incentive:"));
  const steps = choices.related.filter((choice) => choice.value.startsWith("procedure-step:"));

  return (
    <form id="post-form" key={state?.attempt ?? 0} action={formAction} noValidate className="space-y-8">
      <ErrorSummary title={title} errors={summaryLinks} />
      {conflict > 0 ? (
        <p role="status" className="rounded-md border-l-4 border-gold-400 bg-amber-50 p-4 font-medium text-amber-950">
          {t("conflict", { name: state?.details?.name ?? "—", at: when })}
        </p>
      ) : null}
      <input type="hidden" name="locale" value={locale} />
      {post ? (
        <>
          <input type="hidden" name="id" value={post.id} />
          <input type="hidden" name="version" value={post.version} />
        </>
      ) : null}

      <div id="cover" tabIndex={-1} className={fieldset}>
        <h2 className="text-lg font-semibold text-brand-900">{t("cover")}</h2>
        {fieldError("coverImageId") ? (
          <p className="mt-1 font-semibold text-red-800">{fieldError("coverImageId")}</p>
        ) : null}
        <CoverChoice
          imageId={typed ? typed.coverImageId || null : cover.id}
          image={cover.image}
          missing={cover.id !== null && cover.image === null && (typed ? typed.coverImageId === cover.id : true)}
          removeHref={cover.removeHref}
        />
      </div>

      <fieldset id="kind" tabIndex={-1} aria-describedby="kind-hint" className={fieldset}>
        <legend className={legend}>{t("kind")}</legend>
        <p id="kind-hint" className="mb-3 text-sm text-muted">
          {t("kindHint")}
        </p>
        {fieldError("kind") ? <p className="mb-3 font-semibold text-red-800">{fieldError("kind")}</p> : null}
        <div className="flex flex-wrap gap-x-8 gap-y-1">
          {POST_KINDS.map((code) => (
            <div key={code} className="flex min-h-11 items-center gap-3">
              <input
                id={`kind-${code}`}
                name="kind"
                type="radio"
                value={code}
                defaultChecked={kind === code}
                className="size-5 shrink-0"
              />
              <label htmlFor={`kind-${code}`}>{tp(`kinds.${code}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>

      <section aria-labelledby="texts-heading" className="space-y-4">
        <h2 id="texts-heading" className="text-xl font-bold text-brand-900">
          {t("textsHeading")}
        </h2>
        <details id="markdown-help" className="max-w-3xl rounded-md bg-brand-50 p-3 text-sm">
          <summary className="cursor-pointer font-semibold text-brand-800">{t("markdownHelp")}</summary>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            <li>
              <code>{t("markdownHeadings")}</code>
            </li>
            <li>
              <code>{t("markdownLists")}</code>
            </li>
            <li>
              <code>{t("markdownLinks")}</code>
            </li>
            <li>
              <code>{t("markdownBold")}</code>
            </li>
          </ul>
        </details>
        <div className="grid gap-6 lg:grid-cols-2">
          {LANGUAGES.map((lang) => (
            <fieldset key={lang} className={`${fieldset} min-w-0 space-y-4 bg-white`}>
              <legend className={legend}>{t(lang === "vi" ? "viColumn" : "enColumn")}</legend>
              {POST_TEXT_FIELDS.map((field) => textField(lang, field))}
            </fieldset>
          ))}
        </div>
      </section>

      <fieldset aria-describedby="event-hint" className={`${fieldset} space-y-4`}>
        <legend className={legend}>{t("event")}</legend>
        <p id="event-hint" className="text-sm text-muted">
          {t("eventHint")}
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          {dateTime("eventStartsAt")}
          {dateTime("eventEndsAt")}
        </div>
        <Field
          id="registrationUrl"
          label={labels.registrationUrl as string}
          hint={t("registrationUrlHint")}
          error={fieldError("registrationUrl")}
        >
          {(control) => (
            <TextInput
              {...control}
              name="registrationUrl"
              type="url"
              inputMode="url"
              autoComplete="off"
              maxLength={500}
              defaultValue={value("registrationUrl")}
            />
          )}
        </Field>
      </fieldset>

      <fieldset aria-describedby="agreement-hint" className={`${fieldset} space-y-4`}>
        <legend className={legend}>{t("agreement")}</legend>
        <p id="agreement-hint" className="text-sm text-muted">
          {t("agreementHint")}
        </p>
        <Field id="agreementDate" label={labels.agreementDate as string} error={fieldError("agreementDate")}>
          {(control) => (
            <TextInput
              {...control}
              name="agreementDate"
              type="date"
              defaultValue={value("agreementDate")}
              className="max-w-xs"
            />
          )}
        </Field>
      </fieldset>

      <fieldset aria-describedby="policy-hint" className={`${fieldset} space-y-4`}>
        <legend className={legend}>{t("policy")}</legend>
        <p id="policy-hint" className="text-sm text-muted">
          {t("policyHint")}
        </p>
        <Field id="relatedContent" label={labels.relatedContent as string} error={fieldError("relatedContent")}>
          {(control) => (
            <Select {...control} name="relatedContent" defaultValue={related} className="max-w-xl">
              <option value="">{t("relatedNone")}</option>
              {related && !choices.related.some((choice) => choice.value === related) ? (
                <option value={related}>{related}</option>
              ) : null}
              <optgroup label={t("incentiveGroup")}>
                {incentives.map((choice) => (
                  <option key={choice.value} value={choice.value} lang={choice.lang}>
                    {choice.label}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t("procedureGroup")}>
                {steps.map((choice) => (
                  <option key={choice.value} value={choice.value} lang={choice.lang}>
                    {choice.label}
                  </option>
                ))}
              </optgroup>
            </Select>
          )}
        </Field>
      </fieldset>

      <section aria-labelledby="related-heading" className="space-y-4">
        <h2 id="related-heading" className="text-xl font-bold text-brand-900">
          {t("relatedHeading")}
        </h2>
        {checkList("sectors", choices.sectors)}
        {checkList("hubs", choices.hubs)}
        <Field id="parcels" label={labels.parcels as string} hint={t("parcelsHint")} error={fieldError("parcels")}>
          {(control) => (
            <TextInput
              {...control}
              name="parcels"
              autoComplete="off"
              spellCheck={false}
              defaultValue={value("parcels")}
              className="max-w-xl"
            />
          )}
        </Field>
      </section>

      <div className="border-t border-brand-100 pt-6">
        <p id="post-actions-hint" className="mb-4 max-w-3xl text-muted">
          {t("actionsHint")}
        </p>
        <div className="flex flex-wrap gap-3">
          <SubmitButton name="intent" value="draft" variant="secondary" aria-describedby="post-actions-hint">
            {t("saveDraft")}
          </SubmitButton>
          <SubmitButton name="intent" value="preview" aria-describedby="post-actions-hint">
            {t("savePreview")}
          </SubmitButton>
        </div>
      </div>
    </form>
  );
}
