import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts"),
  "@": path.resolve(import.meta.dirname),
};

const integration = {
  include: ["tests/integration/**/*.test.ts"],
  environment: "node" as const,
  testTimeout: 60_000,
  hookTimeout: 120_000,
  fileParallelism: false,
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        resolve: { alias },
        // Several app processes on one database is a PostgreSQL-only setup (one writer per SQLite file).
        test: { ...integration, name: "integration", exclude: ["tests/integration/two-processes.test.ts"] },
      },
      {
        resolve: { alias },
        // The same suite on a throwaway PostgreSQL server (tests/support/postgres.ts).
        test: {
          ...integration,
          name: "integration-pg",
          env: { TEST_DB: "postgres" },
          globalSetup: ["tests/support/postgres.ts"],
        },
      },
    ],
  },
});
