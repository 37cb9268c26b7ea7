import type { MetadataRoute } from "next";
import { robotsFile } from "@/lib/sitemap";
import { env } from "@/server/env";

export default function robots(): MetadataRoute.Robots {
  return robotsFile(env.SITE_URL);
}
