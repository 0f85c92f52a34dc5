// The browser-neutral test: `ext` is the extension in the browser of the Playwright
// project running the spec (chromium or firefox), through the neutral harness only.
import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Ext, View } from '../../support/harness-types';
import { installExt, withBrowsers } from '../harness';

export async function launch(browserName: string, options: { prefs?: Record<string, unknown> } = {}): Promise<Ext> {
  if (browserName === 'firefox') return (await import('../../support/firefox')).launchFirefox(options);
  if (browserName === 'chromium') return (await import('../../support/chromium')).launchChromium();
  throw new Error(`No harness for the Playwright project "${browserName}"`);
}

/**
 * A test with `ext` ready; afterwards, no extension context may have made a request.
 * In each browser, one browser per Playwright worker serves its tests in turn, each with
 * the extension freshly installed (Firefox: tests/support/firefox.ts, newExt; Chromium:
 * tests/support/extension.mjs, openChromium): launching a browser costs more than most
 * tests. A test that needs a browser of its own (other prefs) calls launch().
 */
export const test = withBrowsers.extend<{ ext: Ext }>({
  ext: async ({ firefox, chromium }, use, testInfo) => {
    const ext = firefox
      ? await firefox.newExt()
      : testInfo.project.name === 'chromium'
        ? await (await import('../../support/chromium')).launchChromium(await installExt(chromium))
        : await launch(testInfo.project.name);
    try {
      await use(ext);
      expect(await ext.externalRequests(), 'network requests made by the extension').toEqual([]);
    } finally {
      await ext.close();
    }
  },
});
export { expect };

const EN: Record<string, { message: string }> = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8'));
/** An English UI text by message key (with $1… filled), so wording changes do not break the cases. */
export function en(key: string, ...args: string[]): string {
  const entry = EN[key];
  if (!entry) throw new Error(`no message ${key}`);
  return entry.message.replace(/\$(\w+)\$/g, (_m, name: string) => {
    const content = (EN[key] as any).placeholders?.[name.toLowerCase()]?.content as string | undefined;
    return content?.replace(/\$(\d)/g, (_n, i: string) => args[Number(i) - 1] ?? '') ?? '';
  });
}

/** Wait until `selector` in `view` has exactly `text`, or contains it. */
export async function expectText(view: View, selector: string, text: string, how: 'is' | 'contains' = 'is', timeout = 20_000) {
  const poll = expect.poll(() => view.text(selector), { timeout, message: `${selector} ${how} "${text}"` });
  await (how === 'is' ? poll.toBe(text) : poll.toContain(text));
}

/** Whether the extension holds host access to `pattern` (e.g. 'https://x.com/*') now. */
export function holdsHost(ext: Ext, pattern: string): Promise<boolean> {
  return ext.extEval((o) => ((globalThis as any).browser ?? (globalThis as any).chrome).permissions.contains({ origins: [o] }) as Promise<boolean>, pattern);
}

/** The on/off state of every switch on a replica page, by replica id. */
export function switchStates(view: View): Promise<Record<string, boolean>> {
  return view.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll<HTMLInputElement>('input[data-replica-id]')].map((i) => [i.dataset.replicaId, i.checked])),
  );
}
