import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "domain",
    // So that `vitest run --config packages/domain/vitest.config.ts` also works from the repository root.
    root: import.meta.dirname,
    include: ["src/**/*.test.ts"],
    // Pure functions share no state, so one worker without per-file isolation is safe and ~5× faster.
    isolate: false,
  },
});
