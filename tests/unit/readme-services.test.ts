// @vitest-environment node
// The README's table of services is generated from the registry, never typed by hand: after
// a service is added or changed, `npm run readme:services` must have been run.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { END, renderServices, START } from '../../scripts/readme-services.mjs';
import { withSection } from '../../scripts/sections.mjs';
import { MANUAL_SERVICES, SERVICES } from '../../src/services';

const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');

describe('the README services table', () => {
  it('equals what npm run readme:services generates from the registry', () => {
    expect(readme).toContain(START);
    expect(withSection(readme, START, END, renderServices(SERVICES, en, MANUAL_SERVICES))).toBe(readme);
  });

  it('names every service, its first settings by their English names, and the host it asks for', () => {
    const table = renderServices(SERVICES, en);
    for (const s of SERVICES) expect(table).toContain(`| ${s.name} |`);
    expect(table).toContain('switches off Grok training');
    expect(table).toContain('(and 10 more)');
    expect(table).toContain('`https://www.facebook.com/*`, `https://help.instagram.com/*`, when you add it');
    expect(table).toContain('`https://www.linkedin.com/*`, from install');
  });

  it('names the services given by hand, with no host asked for', () => {
    const table = renderServices(SERVICES, en, MANUAL_SERVICES);
    for (const s of MANUAL_SERVICES)
      expect(table).toContain(`| ${s.name} | gives the steps by hand on its card (nothing switched by the extension) | — | none |`);
  });
});
