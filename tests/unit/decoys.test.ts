// The randomised decoy test: at least 500 generated pages. Zero clicks on anything but
// the target, zero settings turned on, the target found wherever it is identifiable,
// no click at all where the page is ambiguous. Seeded: DECOY_SEED=<n> replays a run.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { auditLoad } from '../../src/engine/switch/load';
import { decide } from '../../src/engine/check/run';
import { GENERATIVE_AI } from '../../src/services/linkedin/switches';
import { randomPage, rng } from '../fixtures/decoys.mjs';
import { addSwitch, freshDocument, recordClicks } from './dom';

const SEED = Number(process.env.DECOY_SEED ?? 20251103);
const PAGES = Number(process.env.DECOY_PAGES ?? 500);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

type Spec = { id: string; label: string; on: boolean; labelling?: string; hook?: string };

function build(doc: Document, page: ReturnType<typeof randomPage>) {
  const o = page.options;
  const how = (l?: string) => (l === 'label-for' ? 'label-for' : l === 'aria-label' ? 'aria-label' : 'labelledby');
  const ids = new Map<Element, string>();
  const add = (s: Spec) => ids.set(addSwitch(doc, { label: s.label, on: s.on, hook: s.hook, how: s.hook ? 'labelledby' : how(s.labelling) }), s.id);
  o.before.forEach(add);
  if (!o.noTarget) {
    for (let i = 0; i < o.targets; i++)
      add({ id: i ? `target-${i}` : 'target', label: page.label, on: o.on, hook: o.hook ? GENERATIVE_AI.hook : undefined, labelling: o.labelling });
  }
  o.after.forEach(add);
  return ids;
}

it(`${PAGES} random pages (seed ${SEED}): only the target is ever clicked, nothing is turned on`, async () => {
  const random = rng(SEED);
  const tally = { flip: 0, none: 0 };
  for (let n = 0; n < PAGES; n++) {
    const page = randomPage(random);
    const doc = freshDocument();
    const ids = build(doc, page);
    const before = new Map([...ids].map(([el, id]) => [id, (el as HTMLInputElement).checked]));
    const clicks = recordClicks(doc);
    const done = auditLoad(
      doc,
      GENERATIVE_AI,
      { phase: 'act', mode: 'optout' },
      { wait: { timeoutMs: 15_000, ambiguousGraceMs: 2_000 }, requestClick: async () => 1 },
    );
    await vi.runAllTimersAsync();
    const report = await done;
    // A click is verified by a fresh load; here the same page, read again, stands for it.
    const first = decide({ phase: 'act', clicks: report.kind === 'settled' ? 1 : 0, mode: 'optout', toast: false }, report);
    const verify =
      first.kind === 'reload'
        ? await auditLoad(doc, GENERATIVE_AI, { phase: 'verify' }, { wait: { timeoutMs: 1_000, ambiguousGraceMs: 0 }, requestClick: async () => null })
        : null;
    const result = verify ? decide({ phase: 'verify', clicks: 1, mode: 'optout', toast: false }, verify) : first;
    const where = `page ${n} (seed ${SEED}): ${JSON.stringify(page.options)}`;
    const clicked = clicks.map((el) => ids.get(el) ?? el.tagName);
    expect(clicked, where).toEqual(page.expect === 'flip' ? ['target'] : []);
    expect(result.kind === 'finish' && result.outcome, where).toBe(page.outcome);
    for (const [el, id] of ids) {
      const now = (el as HTMLInputElement).checked;
      expect(now && !before.get(id), `${where}: ${id} turned on`).toBe(false);
      if (id !== 'target') expect(now, `${where}: ${id} changed`).toBe(before.get(id));
    }
    tally[page.expect as 'flip' | 'none']++;
  }
  // The generator must exercise both sides, or the test proves little.
  expect(tally.flip).toBeGreaterThan(PAGES / 5);
  expect(tally.none).toBeGreaterThan(PAGES / 5);
}, 120_000);
