import { defineConfig } from "vitest/config";

// One run over every package, so the test command prints one summary.
export default defineConfig({
  test: {
    projects: [
      "packages/*/vitest.config.{ts,mts}",
      "apps/*/vitest.config.{ts,mts}",
      "e2e/vitest.config.{ts,mts}",
    ],
  },
});
