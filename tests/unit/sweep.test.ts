// @vitest-environment node
// A check of several settings in one tab (engine/check/sweep.ts): where the tab goes next, what a
// load's report does to the rows, and a simulated sweep against pages that save late or
// never, where "turned off" must mean that LinkedIn's save held.
import { describe, expect, it } from 'vitest';
import type { LoadReport } from '../../src/engine/switch/load';
import { decide, MAX_CLICKS, mayClick, planFor } from '../../src/engine/check/run';
import { afterReport, freshRow, nextTarget, type RowRun, type Target } from '../../src/engine/check/sweep';

const row = (id: string, over: Partial<RowRun> = {}): RowRun => ({ ...freshRow(id, 'optout'), ...over });
const VISITS = ['/mypreferences/d/categories/privacy', '/mypreferences/d/categories/ads'];

describe('freshRow', () => {
  it('starts in the act phase with no click and no toast, in the given mode', () => {
    expect(freshRow('research', 'optout')).toEqual({ id: 'research', phase: 'act', clicks: 0, toast: false, mode: 'optout' });
    expect(freshRow('cookies', 'audit')).toEqual({ id: 'cookies', phase: 'act', clicks: 0, toast: false, mode: 'audit' });
  });
});

describe('nextTarget', () => {
  it('goes to the first row still to act on, in the rows order', () => {
    expect(nextTarget([row('a'), row('b'), row('c')], VISITS)).toEqual({ row: 'a' });
  });

  it('goes to every row to act on before any row to verify', () => {
    const rows = [row('a', { phase: 'verify', clicks: 1 }), row('b', { phase: 'verify', clicks: 1 }), row('c'), row('d')];
    expect(nextTarget(rows, VISITS)).toEqual({ row: 'c' });
  });

  it('then verifies the rows in their order', () => {
    const rows = [row('a', { phase: 'verify', clicks: 1 }), row('b', { phase: 'verify', clicks: 1 })];
    expect(nextTarget(rows, VISITS)).toEqual({ row: 'a' });
  });

  it('visits the category pages only once every row is finished, in their order', () => {
    expect(nextTarget([], VISITS)).toEqual({ visit: VISITS[0] });
    expect(nextTarget([], VISITS.slice(1))).toEqual({ visit: VISITS[1] });
    expect(nextTarget([row('a', { phase: 'verify' })], VISITS)).toEqual({ row: 'a' });
  });

  it('is null when nothing is left', () => {
    expect(nextTarget([], [])).toBeNull();
  });
});

describe('afterReport', () => {
  const rows = [row('a'), row('b', { clicks: 1 }), row('c')];

  it('a finished row leaves the run, the others keep their order and state', () => {
    const { rows: left, finished } = afterReport(rows, 'b', { kind: 'read', state: 'off' });
    expect(finished).toEqual({ kind: 'finish', outcome: 'turned-off', known: 'off' });
    expect(left).toEqual([rows[0], rows[2]]);
  });

  it('a row to load again keeps its place, with its new phase and toast, its clicks unchanged', () => {
    const { rows: left, finished } = afterReport(rows, 'b', { kind: 'settled', state: 'off', toast: true });
    expect(finished).toBeNull();
    expect(left).toEqual([rows[0], { ...rows[1], phase: 'verify', toast: true }, rows[2]]);
    // The input is not changed in place.
    expect(rows[1]).toEqual(row('b', { clicks: 1 }));
  });

  it('a save put back keeps the row to act on again', () => {
    const { rows: left } = afterReport([row('a', { clicks: 1, phase: 'verify' })], 'a', { kind: 'read', state: 'on' });
    expect(left).toEqual([row('a', { clicks: 1, phase: 'act' })]);
  });

  it('a report about a row the run does not hold changes nothing', () => {
    const { rows: left, finished } = afterReport(rows, 'zzz', { kind: 'read', state: 'off' });
    expect(finished).toBeNull();
    expect(left).toEqual(rows);
    expect(left).not.toBe(rows);
  });

  it('a failed load finishes the row with its outcome', () => {
    const { rows: left, finished } = afterReport(rows, 'a', { kind: 'failed', outcome: 'not-found', detail: 'timeout' });
    expect(finished).toEqual({ kind: 'finish', outcome: 'not-found', detail: 'timeout', known: null });
    expect(left.map((r) => r.id)).toEqual(['b', 'c']);
  });
});

/**
 * A LinkedIn page for one setting: the saved state, and how it answers a click.
 * - holds: the save holds at once;
 * - late: the page shows off at once, the save lands only after `lag` other page loads;
 * - reverts: LinkedIn puts the switch back on after every click;
 * - lost: the page shows off, the save never lands.
 */
type Behaviour = { kind: 'holds' } | { kind: 'late'; lag: number } | { kind: 'reverts' } | { kind: 'lost' };
interface Page {
  saved: 'on' | 'off';
  behaviour: Behaviour;
  /** Loads since the click that has not landed yet (late saves). */
  pending: number | null;
}

function simulate(pages: Record<string, Page>) {
  let rows = Object.keys(pages).map((id) => freshRow(id, 'optout'));
  let visits = [...VISITS];
  const clicks: Record<string, number> = {};
  const outcomes: Record<string, string> = {};
  const loads: Target[] = [];
  for (let guard = 0; guard < 200; guard++) {
    const target = nextTarget(rows, visits);
    if (!target) break;
    loads.push(target);
    // Every page load gives pending saves elsewhere time to land.
    for (const page of Object.values(pages)) {
      if (page.pending !== null && page.behaviour.kind === 'late' && ++page.pending >= page.behaviour.lag) {
        page.saved = 'off';
        page.pending = null;
      }
    }
    if ('visit' in target) {
      visits = visits.filter((v) => v !== target.visit);
      continue;
    }
    const r = rows.find((x) => x.id === target.row)!;
    const page = pages[r.id]!;
    const plan = planFor(r);
    let report: LoadReport;
    if (page.saved === 'off' || plan.phase === 'verify' || !mayClick(r)) report = { kind: 'read', state: page.saved };
    else {
      // The worker grants the click (as grantClick does) and the page answers.
      r.clicks++;
      clicks[r.id] = (clicks[r.id] ?? 0) + 1;
      const b = page.behaviour;
      if (b.kind === 'holds') page.saved = 'off';
      if (b.kind === 'late') page.pending = 0;
      report = { kind: 'settled', state: b.kind === 'reverts' ? 'on' : 'off', toast: b.kind === 'reverts' };
    }
    const { rows: next, finished } = afterReport(rows, r.id, report);
    rows = next;
    if (finished) outcomes[r.id] = finished.outcome;
  }
  return { outcomes, clicks, loads, rows, visits };
}

describe('a simulated sweep of three settings', () => {
  it('each row ends turned off exactly when its save held, never with more than three clicks', () => {
    const pages: Record<string, Page> = {
      a: { saved: 'on', behaviour: { kind: 'late', lag: 2 }, pending: null },
      b: { saved: 'on', behaviour: { kind: 'reverts' }, pending: null },
      c: { saved: 'on', behaviour: { kind: 'holds' }, pending: null },
    };
    const { outcomes, clicks, loads, rows, visits } = simulate(pages);
    expect(outcomes).toEqual({ a: 'turned-off', b: 'save-rejected', c: 'turned-off' });
    for (const id of ['a', 'b', 'c']) {
      expect(outcomes[id] === 'turned-off').toBe(pages[id]!.saved === 'off');
      expect(clicks[id]).toBeLessThanOrEqual(MAX_CLICKS);
    }
    // The late save got the other pages' time to land: one click was enough.
    expect(clicks).toEqual({ a: 1, b: 3, c: 1 });
    expect(rows).toEqual([]);
    expect(visits).toEqual([]);
    // Acting on a, b (put back: acted on again at once), c before verifying a and c; the category pages last.
    expect(loads).toEqual([...['a', 'b', 'b', 'b', 'c', 'a', 'c'].map((id) => ({ row: id })), ...VISITS.map((visit) => ({ visit }))]);
  });

  it('a save that never lands is rejected after three clicks, never called off', () => {
    const pages: Record<string, Page> = {
      a: { saved: 'on', behaviour: { kind: 'lost' }, pending: null },
      b: { saved: 'off', behaviour: { kind: 'holds' }, pending: null },
      c: { saved: 'on', behaviour: { kind: 'late', lag: 6 }, pending: null },
    };
    const { outcomes, clicks } = simulate(pages);
    expect(outcomes).toEqual({ a: 'save-rejected', b: 'already-off', c: 'turned-off' });
    expect(clicks).toEqual({ a: 3, c: 1 });
    for (const id of ['a', 'b', 'c']) expect(outcomes[id] === 'turned-off' || outcomes[id] === 'already-off').toBe(pages[id]!.saved === 'off');
  });

  it('a late save that lands after the last click is not called off either', () => {
    const pages: Record<string, Page> = { a: { saved: 'on', behaviour: { kind: 'late', lag: 100 }, pending: null } };
    const { outcomes, clicks } = simulate(pages);
    expect(outcomes).toEqual({ a: 'save-rejected' });
    expect(clicks).toEqual({ a: 3 });
    expect(decide({ phase: 'verify', clicks: 3, mode: 'optout', toast: false }, { kind: 'read', state: 'on' })).toMatchObject({ outcome: 'save-rejected' });
  });
});
