"use client";

import { ErrorView } from "@/components/layout/error-view";

export default function LocaleError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorView onRetry={reset} />;
}
