import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const fixture = (name: string) => path.join(root, "tests", "fixtures", name);

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Server modules guard against client imports; tests run them in Node.
      "server-only": fixture("empty-module.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["{lib,server,components,i18n}/**/*.test.{ts,tsx}", "tests/unit/**/*.test.ts"],
        },
      },
      {
        extends: true,
        resolve: {
          // Next's data cache needs the Next server; outside it, reads go straight to the database.
          alias: { "next/cache": fixture("next-cache.ts") },
        },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup-env.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Three instances behind nginx with Redis (tests/cluster/): builds once, a few minutes.
        extends: true,
        test: {
          name: "cluster",
          include: ["tests/cluster/**/*.test.ts"],
          fileParallelism: false,
          testTimeout: 150_000,
          hookTimeout: 480_000,
        },
      },
    ],
  },
});
