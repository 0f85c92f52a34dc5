import { defineConfig } from '@playwright/test';

// Each test launches its own browser with the built extension, so the usual
// `use.browserName` settings do not apply. Two projects: `chromium` runs every spec
// (tests/e2e/harness.ts, and the neutral specs in tests/e2e/both through
// tests/support/chromium.ts); `firefox` runs the neutral specs in Firefox ESR
// (tests/support/firefox.ts, the build in dist-firefox/). The neutral fixture picks the
// browser from the project's name.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  projects: [
    { name: 'chromium' },
    { name: 'firefox', testMatch: 'both/**/*.spec.ts' },
  ],
});
