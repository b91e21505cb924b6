import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "e2e",
    root: import.meta.dirname,
    include: ["**/*.e2e.test.ts"],
    // One browser and one server at a time: the machines have two cores. The files share one
    // worker, so the seeded demo county and the browser are made once for the run; each file
    // still gets its own server on its own copy of the database (support/browser-suite.ts).
    fileParallelism: false,
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
