import { defineConfig } from '@playwright/test';

// Each test launches its own Chromium with the built extension (tests/e2e/harness.ts),
// so the usual `use.browserName` settings do not apply here.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
});
