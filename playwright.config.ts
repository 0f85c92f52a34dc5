import { defineConfig } from '@playwright/test';

// Each test launches its own Chromium with the built extension and its own temporary
// profile (tests/support/extension.mjs), so tests run in parallel workers, on CI too.
// Three workers keep a 2-core machine busy while one browser waits on a timer; set
// E2E_WORKERS (or pass --workers) to change it.
const workers = Number(process.env.E2E_WORKERS) || 3;

// The usual `use.browserName` settings do not apply here: the harness launches the browser.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers,
  retries: 0,
  reporter: [['list']],
});
