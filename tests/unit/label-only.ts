// What the engine does with a setting found by its label alone (no stable hook: Claude's,
// Quora's, Grammarly's), the same for each: found wherever it sits among the page's other
// switches (its replica's decoys), by each of its wordings; a page without it is "not
// found" with nothing clicked; one click on it, the only click, and a verifying load only
// reads; two with its label: no answer; and a near miss (a negation, a look-alike, a label
// in a language we do not know) is never taken for it. Each service's test calls this with
// its row and its replica's decoys. (This file uses fake timers and restores them after
// each test; vite.config.ts runs the files that import it in workers of their own.)
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SettingRow } from '../../src/engine/model';
import { auditLoad, type LoadPlan } from '../../src/engine/switch/load';
import { locateSwitch } from '../../src/engine/switch/locate';
import { addSwitch, freshDocument, recordClicks } from './dom';

const WAIT = { timeoutMs: 15_000, ambiguousGraceMs: 2_000 };
const ACT: LoadPlan = { phase: 'act', mode: 'optout' };
type How = 'labelledby' | 'aria-label' | 'label-for' | 'aria-switch';

export function labelOnly(
  name: string,
  row: SettingRow,
  { decoys, how, nearMisses }: { decoys: readonly string[]; how: How; nearMisses: readonly string[] },
): void {
  let doc: Document;
  beforeEach(() => {
    doc = freshDocument();
  });
  afterEach(() => {
    vi.clearAllTimers();
    vi.useRealTimers();
  });

  describe(`${name}: found by its label alone`, () => {
    it.each(row.labels.en!.map((label) => [label]))('"%s" among other switches, before and after them', (label) => {
      for (const first of [true, false]) {
        doc = freshDocument();
        if (!first) for (const d of decoys) addSwitch(doc, { label: d, how });
        const target = addSwitch(doc, { label, how });
        if (first) for (const d of decoys) addSwitch(doc, { label: d, how });
        expect(locateSwitch(doc, row)).toEqual({ kind: 'found', el: target, via: 'label' });
      }
    });

    it('the page without it: its neighbours are never taken for it, and nothing is clicked', async () => {
      for (const d of decoys) addSwitch(doc, { label: d, how });
      const clicks = recordClicks(doc);
      vi.useFakeTimers();
      const done = auditLoad(doc, row, ACT, { wait: WAIT, requestClick: async () => 1 });
      await vi.runAllTimersAsync();
      expect(await done).toMatchObject({ kind: 'failed', outcome: 'not-found' });
      expect(clicks).toEqual([]);
    });

    it('switched off with one click on it, the only click; a verifying load only reads', async () => {
      for (const d of decoys) addSwitch(doc, { label: d, how });
      const target = addSwitch(doc, { label: row.labels.en![0]!, how });
      const clicks = recordClicks(doc);
      vi.useFakeTimers();
      const acted = auditLoad(doc, row, ACT, { wait: WAIT, requestClick: async () => 1 });
      await vi.runAllTimersAsync();
      expect(await acted).toMatchObject({ kind: 'settled', state: 'off' });
      expect(clicks).toEqual([target]);
      const verified = auditLoad(doc, row, { phase: 'verify' }, { wait: WAIT, requestClick: async () => 1 });
      await vi.runAllTimersAsync();
      expect(await verified).toEqual({ kind: 'read', state: 'off' });
      expect(clicks).toHaveLength(1);
    });

    it('two switches with its label: no answer (a wrong click could change another setting)', () => {
      addSwitch(doc, { label: row.labels.en![0]!, how });
      addSwitch(doc, { label: row.labels.en![0]!, how });
      expect(locateSwitch(doc, row)).toEqual({ kind: 'ambiguous', count: 2 });
    });
  });

  describe('near misses are refused', () => {
    it.each(nearMisses.map((label) => [row.id, label]))('%s: "%s" is not it', (_id, label) => {
      addSwitch(doc, { label, how: 'aria-switch' });
      expect(locateSwitch(doc, row).kind).toBe('missing');
    });
  });
}
