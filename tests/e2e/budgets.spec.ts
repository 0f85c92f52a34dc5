// Size budgets, deterministic and so enforced: each content script, with everything it
// loads, at most 8 KB gzip (no Preact, no zod, no polyfill inside LinkedIn's pages), and
// the whole store package (made by web-ext) at most 150 KB zipped. Timings are reported by `npm run bench`.
import { test, expect } from '@playwright/test';
import { BUDGETS, closure, measurePackage, measureSizes } from '../../scripts/sizes.mjs';

test('each content script is at most 8 KB gzip, self-contained', () => {
  const sizes = measureSizes('dist');
  const content = Object.entries(sizes).filter(([name]) => name.startsWith('content: '));
  expect(content.length).toBe(2);
  for (const [name, size] of content) {
    expect(size.files, `${name} loads nothing else`).toBe(1);
    expect(size.gzip, name).toBeLessThanOrEqual(BUDGETS.contentScriptGzip);
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
  for (const file of [...closure('dist', 'src/content/settings-page.js'), ...closure('dist', 'src/content/objection-form.js')]) {
    const code = readFileSync(file, 'utf8');
    for (const marker of markers) expect(code, file).not.toContain(marker);
  }
});

test('the whole package is at most 150 KB zipped (the store zip, as web-ext builds it)', async () => {
  const pkg = await measurePackage('dist');
  expect(pkg.files, 'the zip holds the build').toBeGreaterThan(5);
  expect(pkg.zip).toBeLessThanOrEqual(BUDGETS.zip);
});
