import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "staff",
    environment: "node",
    include: ["src/**/*.test.ts"],
  },
});
