"use client";

import { createContext, type ReactNode, useContext } from "react";
import type messages from "@/messages/vi.json";

export type ErrorTexts = (typeof messages)["Error"];

const ErrorTextsContext = createContext<ErrorTexts | null>(null);

/**
 * Hands the error page its localized texts. The error boundary is the only
 * client component with text, so this replaces a client-side i18n runtime.
 */
export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children: ReactNode }) {
  return <ErrorTextsContext value={texts}>{children}</ErrorTextsContext>;
}

export function useErrorTexts(): ErrorTexts {
  const texts = useContext(ErrorTextsContext);
  if (!texts) throw new Error("useErrorTexts must be used inside ErrorTextsProvider");
  return texts;
}
