// Prisma CLI configuration. The JavaScript schema engine talks to PostgreSQL
// through the pg driver adapter, so no native engine is downloaded
// (docs/decisions/001-prisma-6-js-schema-engine.md).
import path from "node:path";
import { defineConfig } from "prisma/config";
import { ShadowSafePrismaPg } from "./prisma/shadow-safe-adapter";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: {
    path: path.join("prisma", "migrations"),
    seed: "node --import tsx prisma/seed.ts",
  },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL must be set for Prisma CLI commands.");
    return new ShadowSafePrismaPg(url);
  },
});
