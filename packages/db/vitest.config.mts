import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "db",
    include: ["src/**/*.test.ts"],
    globalSetup: ["./vitest.global-setup.ts"],
    // Each fresh database runs the migrations; PGlite starts in seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
