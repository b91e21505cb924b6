import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "spreadsheet",
    // So that `vitest run --config packages/spreadsheet/vitest.config.ts` also works from the repository root.
    root: import.meta.dirname,
    include: ["src/**/*.test.ts"],
    // The 10,000-row and bomb files take a second alone, longer on a loaded CI machine.
    testTimeout: 60_000,
  },
});
