import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "citizen",
    environment: "node",
    include: ["src/**/*.test.ts"],
  },
});
