"use client";

import { usePathname } from "next/navigation";

/** Printed only, under the brand line: the address of the page, so a printout says where it came from. */
export function PrintUrl({ origin }: { origin: string }) {
  const url = `${origin}${usePathname()}`;
  return <span className="hidden text-sm font-normal print:block">{url}</span>;
}
