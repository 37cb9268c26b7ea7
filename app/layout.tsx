import type { ReactNode } from "react";

// The real document (<html lang>) is rendered by app/[locale]/layout.tsx;
// this root only exists so that app/not-found.tsx has a layout.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
