// Size budgets, deterministic and so enforced (the reasons, measured: docs/performance.md
// "Budgets"): each content script self-contained, with no Preact, no zod, no polyfill inside
// a site's pages, LinkedIn's two at most 8 KB gzip and the other services' at most 10 KB; the
// popup at most 46 KB gzip and 41 KB before its first state (it must open at once), and the whole store package (made by
// web-ext) at most 185 KB zipped. Timings are reported by `npm run bench`.
import { readFileSync } from 'node:fs';
import { BUDGETS, closure, measurePackage, measureSizes, REGISTERED_SCRIPTS } from '../../scripts/sizes.mjs';
// The harness's test, though no browser is used: the same kind of worker as the other specs, so none starts for these alone.
import { expect, test } from './harness';

test('each content script is self-contained, LinkedIn’s two at most 8 KB gzip, the other services’ at most 10 KB', () => {
  const sizes = measureSizes('dist');
  const content = Object.entries(sizes).filter(([name]) => name.startsWith('content: '));
  expect(content.length).toBe(3);
  for (const [name, size] of content) {
    expect(size.files, `${name} loads nothing else`).toBe(1);
    expect(size.gzip, name).toBeLessThanOrEqual(name === 'content: sites.js' ? BUDGETS.servicesScriptGzip : BUDGETS.contentScriptGzip);
  }
});

test('the content scripts carry no Preact, zod or polyfill', async () => {
  const { readFileSync, readdirSync } = await import('node:fs');
  // Markers each library leaves in a bundle; checked present elsewhere, so their absence means something.
  const markers = ['This script should only be loaded in a browser extension', 'ZodError', 'dangerouslySetInnerHTML'];
  const everything = readdirSync('dist/assets')
    .map((f) => readFileSync(`dist/assets/${f}`, 'utf8'))
    .join('\n');
  for (const marker of markers) expect(everything, `marker "${marker}" exists in the popup/worker bundle`).toContain(marker);
  for (const file of ['src/content/linkedin.js', 'src/content/objection-form.js', ...REGISTERED_SCRIPTS].flatMap((js) => closure('dist', js))) {
    const code = readFileSync(file, 'utf8');
    for (const marker of markers) expect(code, file).not.toContain(marker);
  }
});

test('the whole package is at most 185 KB zipped (the store zip, as web-ext builds it)', async () => {
  const pkg = await measurePackage('dist');
  expect(pkg.files, 'the zip holds the build').toBeGreaterThan(5);
  expect(pkg.zip).toBeLessThanOrEqual(BUDGETS.zip);
});

test('the popup, with everything it loads, is at most 46 KB gzip; the options page carries the rest', () => {
  const manifest = JSON.parse(readFileSync('dist/manifest.json', 'utf8'));
  const popupFiles = closure('dist', manifest.action.default_popup);
  const sizes = measureSizes('dist');
  console.log(`popup ${(sizes.popup!.gzip / 1024).toFixed(1)} KB gzip, options page ${(sizes['options page']!.gzip / 1024).toFixed(1)} KB gzip`);
  expect(sizes.popup!.files).toBe(popupFiles.length);
  expect(sizes.popup!.gzip).toBeLessThanOrEqual(BUDGETS.popupGzip);
  // What moved to the options page (found by its message keys) is not loaded by the popup.
  const MOVED_KEYS = ['auditOnlyLabel', 'remindersMute', 'buttonPrefill', 'cleanupIntro', 'exportJson'];
  const popupCode = popupFiles.map((file) => readFileSync(file, 'utf8')).join('\n');
  for (const marker of MOVED_KEYS) expect(popupCode, marker).not.toContain(marker);
  const optionsCode = closure('dist', manifest.options_ui.page)
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  for (const marker of MOVED_KEYS) expect(optionsCode, marker).toContain(marker);
});

test('the popup reaches its first state on at most 41 KB gzip; the lines of the other services and sections come after it', () => {
  const manifest = JSON.parse(readFileSync('dist/manifest.json', 'utf8'));
  const first = measureSizes('dist')['popup: first state']!;
  console.log(`popup's first state ${(first.gzip / 1024).toFixed(1)} KB gzip in ${first.files} files`);
  expect(first.gzip).toBeLessThanOrEqual(BUDGETS.popupFirstStateGzip);
  // The summaries (popup/Summaries.tsx, found by their message keys) are loaded after the first state, not before it.
  const LATER_KEYS = ['servicesTitle', 'summaryNoForm', 'privacyRunButton'];
  const code = (files: string[]) => files.map((file) => readFileSync(file, 'utf8')).join('\n');
  const firstCode = code(closure('dist', manifest.action.default_popup, { later: false }));
  const allCode = code(closure('dist', manifest.action.default_popup));
  for (const marker of LATER_KEYS) {
    expect(firstCode, marker).not.toContain(marker);
    expect(allCode, marker).toContain(marker);
  }
});

// Each file a page loads is a round trip to the browser before the popup's scripts can run
// (vite.config.ts popupChunks and popupStylesInline; issue 35): counted, so a change of the
// chunking that brings back the small chunks, or the popup's own stylesheet as a file, fails here.
test('the popup reaches its first state on four module scripts, the early read and one stylesheet, its own styles written into its page', () => {
  const manifest = JSON.parse(readFileSync('dist/manifest.json', 'utf8'));
  const files = closure('dist', manifest.action.default_popup, { later: false });
  const early = files.filter((file) => file.endsWith('/early-read.js'));
  expect(early, files.join('\n')).toHaveLength(1);
  expect(files.filter((file) => file.endsWith('.js') && !early.includes(file)).length, files.join('\n')).toBeLessThanOrEqual(4);
  expect(files.filter((file) => file.endsWith('.css')).length, files.join('\n')).toBe(1);
  const page = readFileSync(`dist/${manifest.action.default_popup}`, 'utf8');
  // A rule of popup.css, after the shared stylesheet's link (the popup's own rules come last, as in its source).
  expect(page).toMatch(/<link rel="stylesheet"[^>]*>\s*<style>[^<]*\.summaries\{/);
  // The early read (public/early-read.js) comes before the modules, so storage is asked for while they load.
  expect(page.indexOf('early-read.js')).toBeGreaterThan(-1);
  expect(page.indexOf('early-read.js')).toBeLessThan(page.indexOf('type="module"'));
});

test("LinkedIn's script carries LinkedIn's data only, and the registered scripts none: adding a service grows no content script", () => {
  const linkedin = readFileSync('dist/src/content/linkedin.js', 'utf8');
  const services = readFileSync('dist/src/content/sites.js', 'utf8');
  const forms = readFileSync('dist/src/content/objection-form.js', 'utf8');
  // LinkedIn's hook is in its own script, no other service's data is, nor LinkedIn's objection form.
  expect(linkedin).toContain('allowAdsByAge');
  for (const data of ['improve-model-toggle', 'Help improve Claude', 'TS-DPRO', 'dyna-email']) expect(linkedin, data).not.toContain(data);
  // The worker's answer brings a row or a form to the registered scripts: they hold none (the
  // settings script only knows where each service's settings pages are, to stay quiet elsewhere).
  expect(services).toContain('/settings/grok_settings');
  for (const code of [services, forms]) {
    for (const data of [
      'allowAdsByAge',
      'improve-model-toggle',
      'Help improve Claude',
      'CHECKBOX_1_LABEL',
      'dyna-email',
      '6359191084165019',
      'Pays de résidence',
    ]) {
      expect(code, data).not.toContain(data);
    }
  }
});
