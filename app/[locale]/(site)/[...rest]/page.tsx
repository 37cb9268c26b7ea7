import { notFound } from "next/navigation";

// Rendered per request, like every path it stands for.
export const dynamic = "force-dynamic";

// Any unknown path under a locale renders that locale's not-found page.
export default function CatchAll() {
  notFound();
}
