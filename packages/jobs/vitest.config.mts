import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "jobs",
    include: ["src/**/*.test.ts"],
    // Files share their worker's module state, so the demo county is seeded (and the schema
    // migrated) once per worker and copied for each file; every file still has its own database.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
