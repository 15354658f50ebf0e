import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: keep the fork count at two so browser and database tests are not starved.
    maxWorkers: 2,
    reporters: ["default", ["json", { outputFile: "test-artifacts/vitest.json" }]],
  },
});
