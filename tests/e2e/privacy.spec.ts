// The extension's own privacy, each a test: no network requests, the fewest permissions,
// LinkedIn-only reach, no HTML injection or eval, and a clean production dependency set.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// A test that asks for no `ext` starts no browser (the shared one opens when first needed).
import { expect, test } from './harness';

const manifest = () => JSON.parse(readFileSync('dist/manifest.json', 'utf8'));

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && ext.test(f.name))
    .map((f) => join(f.parentPath, f.name));
}

test('permissions are exactly storage, alarms, notifications and scripting, with LinkedIn as the only host held at install', () => {
  const m = manifest();
  // scripting: the other services' content script is registered only for the hosts the user grants.
  expect(m.permissions.sort()).toEqual(['alarms', 'notifications', 'scripting', 'storage']);
  expect(m.host_permissions).toEqual(['https://www.linkedin.com/*']);
  expect(m.optional_permissions ?? []).toEqual([]);
  // Other services' hosts are optional: asked for only when the user turns that service on
  // (Meta: its two objection forms' hosts, together).
  expect(m.optional_host_permissions ?? []).toEqual([
    'https://x.com/*',
    'https://chatgpt.com/*',
    'https://claude.ai/*',
    'https://www.quora.com/*',
    'https://account.grammarly.com/*',
    'https://www.facebook.com/*',
    'https://help.instagram.com/*',
    'https://myactivity.google.com/*',
    'https://github.com/*',
    'https://wordpress.com/*',
    'https://grok.com/*',
    'https://www.pinterest.com/*',
    'https://account.adobe.com/*',
    'https://studio.youtube.com/*',
    'https://copilot.microsoft.com/*',
    'https://www.tumblr.com/*',
    'https://chat.deepseek.com/*',
    'https://www.perplexity.ai/*',
  ]);
  for (const script of m.content_scripts) {
    for (const match of script.matches) expect(match).toMatch(/^https:\/\/www\.linkedin\.com\//);
  }
  // Nothing LinkedIn's pages (or any site) could probe for, not even the registered script; nothing that lets a web page talk to us.
  expect(m.web_accessible_resources).toBeUndefined();
  expect(m.externally_connectable).toBeUndefined();
  expect(m.content_security_policy).toBeUndefined();
});

test('no network API anywhere in the built extension, no HTML injection or eval in content scripts', () => {
  const all = files('dist', /\.js$/);
  expect(all.length).toBeGreaterThan(3);
  for (const file of all) {
    const code = readFileSync(file, 'utf8');
    expect(code, file).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts/);
  }
  for (const file of files('dist/src/content', /\.js$/)) {
    const code = readFileSync(file, 'utf8');
    expect(code, file).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|Function\(/);
  }
});

test('the source never injects HTML or evaluates strings, and zod runs jitless', () => {
  // The shipped source: not the services' own tests beside their data (which build test pages).
  for (const file of files('src', /\.tsx?$/).filter((f) => !/\.(test|spec)\.ts$/.test(f))) {
    const code = readFileSync(file, 'utf8');
    expect(code, file).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|\beval\(|new Function/);
  }
  expect(readFileSync('src/platform/zod.ts', 'utf8')).toContain('z.config({ jitless: true })');
});

test('the built Chrome extension loads without errors or warnings', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto('chrome://extensions/');
  const report = await page.evaluate(async () => {
    const all = await (globalThis as any).chrome.developerPrivate.getExtensionsInfo();
    return all.map((e: any) => ({
      name: e.name,
      installWarnings: e.installWarnings,
      manifestErrors: e.manifestErrors,
      runtimeWarnings: e.runtimeWarnings,
      state: e.state,
    }));
  });
  const ours = report.find((e: any) => e.name === 'AI Training Opt-Out');
  expect(ours).toMatchObject({ state: 'ENABLED', installWarnings: [], manifestErrors: [], runtimeWarnings: [] });
});

test('renamed, the Firefox add-on keeps its id: an installed copy is updated in place and keeps its data', () => {
  const firefox = JSON.parse(readFileSync('dist-firefox/manifest.json', 'utf8'));
  expect(firefox.browser_specific_settings.gecko.id).toBe('ai-optout-for-linkedin@opensource.invalid');
  const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8'));
  expect(en.extName.message).toBe('AI Training Opt-Out');
  // The name says what it does now: more than LinkedIn.
  expect(en.extDescription.message).toMatch(/LinkedIn, X, ChatGPT/);
});
