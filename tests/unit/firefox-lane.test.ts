// @vitest-environment node
// The Firefox lane (tests/support/firefox-lane.ts): a title there that no longer starts a
// test of its spec would leave that service with no pass in Firefox, silently; and the
// filter handed to Playwright must keep exactly the tests named.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIREFOX_PASS, notInFirefoxLane } from '../support/firefox-lane';

const specOf = (id: string) => `src/services/${id}/${id}.spec.ts`;
/** What Playwright matches a project's grepInvert against: "<project> <file> <title>". */
const grepTitle = (id: string, title: string) => ` firefox ${specOf(id)} ${title}`;

describe('the Firefox lane', () => {
  it.each(Object.entries(FIREFOX_PASS))('%s: its spec is there, and each title named starts a test in it', (id, titles) => {
    const source = readFileSync(specOf(id), 'utf8');
    for (const title of titles) expect(source, title).toMatch(new RegExp(`\\btest\\(\\s*['"\`]${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('leaves out the other tests of a listed spec, and nothing of an unlisted one or of tests/e2e', () => {
    const skip = notInFirefoxLane();
    expect(skip.test(grepTitle('x', 'X added from the options page: the Grok training box'))).toBe(false);
    expect(skip.test(grepTitle('x', 'signed out: x.com answers a settings page'))).toBe(false);
    expect(skip.test(grepTitle('x', 'X in a language whose Grok label we do not know'))).toBe(true);
    expect(skip.test(grepTitle('linkedin', 'a failed save: every save rejected'))).toBe(true);
    // An id that another starts with is not mistaken for it.
    expect(skip.test(' firefox src/services/xy/xy.spec.ts anything')).toBe(false);
    expect(skip.test(' firefox tests/e2e/both/services.spec.ts nothing of ours runs')).toBe(false);
  });
});
