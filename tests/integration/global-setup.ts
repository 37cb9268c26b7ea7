// Creates one throwaway database for the integration run, migrated once, and
// drops it afterwards. Uses the server in TEST_DATABASE_URL or DATABASE_URL,
// or an embedded PostgreSQL when neither is set.
import type { TestProject } from "vitest/node";
import { createThrowawayDatabase } from "../../scripts/lib/throwaway-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await createThrowawayDatabase("portal_it", { embeddedPort: 54330 });
  project.provide("databaseUrl", database.url);
  return () => database.dispose();
}
