import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "ui",
    // So that `vitest run --config packages/ui/vitest.config.ts` also works from the repository root.
    root: import.meta.dirname,
    environment: "node",
    include: ["src/**/*.test.ts"],
  },
});
