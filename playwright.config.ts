import { defineConfig } from '@playwright/test';
import { notInFirefoxLane } from './tests/support/firefox-lane';

// In both browsers one browser per worker serves its tests in turn, each test with the
// extension freshly installed and uninstalled after it (Chromium: tests/support/extension.mjs,
// openChromium; Firefox: tests/support/firefox.ts), because launching a browser is most of a
// short test's cost on this machine class. Tests that need a browser of their own (a language,
// a faked clock) launch one (makeExt). So tests run in parallel workers, on CI too. Six workers keep a 2-core
// machine's cores busy while browsers wait on timers (measured 8 December on an idle machine: 6 and 10 workers
// both took 515-520 s, the cores saturated; docs/testing.md, "Time"); set E2E_WORKERS (or pass --workers)
// to change it. The usual `use.browserName` settings do not apply. Two projects:
// `chromium` runs every spec (tests/e2e/harness.ts, and the neutral specs in
// tests/e2e/both through tests/support/chromium.ts); `firefox` runs the neutral specs in
// Firefox ESR (tests/support/firefox.ts, the build in dist-firefox/), and the
// Firefox-only specs in tests/e2e/firefox. The neutral fixture picks the browser from the
// project's name. Firefox takes longer to start (and longer still on a loaded machine):
// a longer timeout.
const workers = Number(process.env.E2E_WORKERS) || 6;
/**
 * The spec files with the longest Chromium tests (measured 8 December 2026 on the shared machine:
 * each holds a test of 25 to 65 s, mostly a service's failure states one after another), so they
 * start first and no long test is handed out last.
 */
const LONG_CHROMIUM_FILES = [
  '**/services/grok/grok.spec.ts',
  '**/services/google/google.spec.ts',
  '**/services/github/github.spec.ts',
  '**/e2e/a11y.spec.ts',
  '**/services/youtube/youtube.spec.ts',
  '**/services/perplexity/perplexity.spec.ts',
  '**/services/copilot/copilot.spec.ts',
  '**/services/deepseek/deepseek.spec.ts',
  '**/e2e/click-window.spec.ts',
  '**/e2e/privacy-check.spec.ts',
  '**/e2e/drills.spec.ts',
  '**/e2e/both/privacy-check.spec.ts',
  '**/services/x/x.spec.ts',
  '**/services/chatgpt/chatgpt.spec.ts',
  '**/services/adobe/adobe.spec.ts',
  '**/services/pinterest/pinterest.spec.ts',
  '**/services/wordpress/wordpress.spec.ts',
];
export default defineConfig({
  // The product's specs in tests/e2e; each service's spec beside its data in src/services.
  testDir: '.',
  testMatch: ['tests/e2e/**/*.spec.ts', 'src/services/**/*.spec.ts'],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers,
  // On CI (a fresh 2-core machine, every browser test at once) a failed test runs once more:
  // a regression fails both times, and a test that passes only the second time is listed as
  // "flaky" in the summary, a bug to fix (two were timing races in the harness, fixed since).
  // Locally, no retry: a failure shows at once.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  // Tests are handed out in project order, then file by file: a long test handed out last
  // runs on while the other workers idle (the seeded random sites, 40 s, started last and
  // ended the run 35 s after the rest). So the Chromium files holding the longest tests go
  // first, as a project of their own under the same name (the neutral fixture picks the
  // browser by name), then Firefox (each test starts a fresh add-on, and its sweeps are
  // long), then the rest of Chromium.
  projects: [
    { name: 'chromium', testMatch: LONG_CHROMIUM_FILES },
    // Of each service's spec, Firefox runs its pass end to end and what differs there (tests/support/firefox-lane.ts).
    {
      name: 'firefox',
      testMatch: ['**/e2e/both/**/*.spec.ts', '**/e2e/firefox/**/*.spec.ts', 'src/services/**/*.spec.ts'],
      grepInvert: notInFirefoxLane(),
      timeout: 120_000,
    },
    { name: 'chromium', testMatch: ['tests/e2e/**/*.spec.ts', 'src/services/**/*.spec.ts'], testIgnore: ['**/e2e/firefox/**', ...LONG_CHROMIUM_FILES] },
  ],
});
