// @vitest-environment node
// The performance figures (docs/performance.md) are generated from bench/results.json, never
// typed by hand: after `npm run bench`, `npm run readme:bench` must have been run.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { END, PAGE, renderBench, START } from '../../scripts/readme-bench.mjs';
import { withSection } from '../../scripts/sections.mjs';

const results = JSON.parse(readFileSync('bench/results.json', 'utf8'));
const page = readFileSync(PAGE, 'utf8');

describe('the performance figures', () => {
  it('equal what npm run readme:bench generates from bench/results.json', () => {
    expect(page).toContain(START);
    expect(page).toContain(END);
    expect(withSection(page, START, END, renderBench(results))).toBe(page);
  });

  it('reports rows with no script injected as such, not as a measured time', () => {
    const section = renderBench({
      ...results,
      contentScriptCost: { 'feed (/feed/)': { scripts: [], injected: false, mainThreadMs: null } },
    });
    expect(section).toContain('| feed (/feed/) | 0 | not injected |');
  });

  it('refuses a page without the markers', () => {
    expect(() => withSection('# no markers', START, END, 'x')).toThrow(/section/);
  });
});
