// A check of several settings in one tab, page by page, as pure decisions. Each setting
// keeps its own phase and click count (run.ts decides for it, as for a check of one
// setting); the tab goes to every setting still to act on before any still to verify, so
// each save has the other pages' time to land before the fresh load that verifies it.
// A check of the AI switch alone is the same thing with one row.
import type { LoadReport } from '../switch/load';
import type { Mode } from './outcomes';
import { decide, type Decision, type RunState } from './run';

/** One setting's part of a run. */
export interface RowRun extends RunState {
  id: string;
  /** When a click was granted with the current load's plan, until the load reports (./grant.ts). */
  granted?: number;
}

/** Where the tab is sent: a setting's page, or a category page to look for new settings. */
export type Target = { row: string } | { visit: string };

/** A new row for a setting, before its first load. */
export const freshRow = (id: string, mode: Mode): RowRun => ({ id, phase: 'act', clicks: 0, toast: false, mode });

/** The next page to load: a setting to act on, else one to verify, else a category page; null: done. */
export function nextTarget(rows: readonly RowRun[], visits: readonly string[]): Target | null {
  const row = rows.find((r) => r.phase === 'act') ?? rows[0];
  if (row) return { row: row.id };
  const visit = visits[0];
  return visit === undefined ? null : { visit };
}

export type Finished = Extract<Decision, { kind: 'finish' }>;

/**
 * A load's report about one row: that row finished (and leaves the run), or keeps its
 * place with its new phase. Rows are never reordered.
 */
export function afterReport(rows: readonly RowRun[], id: string, report: LoadReport): { rows: RowRun[]; finished: Finished | null } {
  const row = rows.find((r) => r.id === id);
  if (!row) return { rows: [...rows], finished: null };
  const decision = decide(row, report);
  if (decision.kind === 'finish') return { rows: rows.filter((r) => r !== row), finished: decision };
  return { rows: rows.map((r) => (r === row ? { ...r, phase: decision.phase, toast: decision.toast } : r)), finished: null };
}
