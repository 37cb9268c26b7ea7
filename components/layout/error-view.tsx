"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import { localePath } from "@/lib/locale-paths";
import { useErrorTexts } from "./error-texts";

export function ErrorView({ onRetry }: { onRetry?: () => void }) {
  const t = useErrorTexts();
  const { locale } = useParams<{ locale: string }>();
  return (
    <div className="mx-auto max-w-3xl px-4 py-16" role="alert">
      <h1 className="text-3xl font-bold text-brand-900">{t.title}</h1>
      <p className="mt-4 text-lg text-muted">{t.body}</p>
      <div className="mt-6 flex flex-wrap gap-4">
        {onRetry ? (
          <button
            type="button"
            onClick={onRetry}
            className="min-h-11 rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
          >
            {t.retry}
          </button>
        ) : null}
        <Link
          href={localePath(locale, "/")}
          className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
        >
          {t.home}
        </Link>
      </div>
    </div>
  );
}
