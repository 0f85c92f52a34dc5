// @vitest-environment node
// The README's performance figures are generated from bench/results.json, never typed by
// hand: after `npm run bench`, `npm run readme:bench` must have been run.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { END, renderBench, START, withSection } from '../../scripts/readme-bench.mjs';

const results = JSON.parse(readFileSync('bench/results.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');

describe('README performance section', () => {
  it('equals what npm run readme:bench generates from bench/results.json', () => {
    expect(readme).toContain(START);
    expect(readme).toContain(END);
    expect(withSection(readme, renderBench(results))).toBe(readme);
  });

  it('reports rows with no script injected as such, not as a measured time', () => {
    const section = renderBench({
      ...results,
      contentScriptCost: { 'feed (/feed/)': { scripts: [], injected: false, mainThreadMs: null } },
    });
    expect(section).toContain('| feed (/feed/) | 0 | not injected |');
  });

  it('refuses a README without the markers', () => {
    expect(() => withSection('# no markers', 'x')).toThrow(/section/);
  });
});
