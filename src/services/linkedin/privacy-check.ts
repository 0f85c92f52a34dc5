// Where LinkedIn's privacy check stands, derived from the records: one pure reading that
// the badge, the reminders, the popup's line and the options page share, so none disagrees.
import { type Records, tally } from '../../engine/check/rows';
import { GENERATIVE_AI, SETTINGS } from './switches';

/** The settings the user keeps off: their choice in the privacy check, else the AI switch alone. */
export function chosenIds(chosen: readonly string[] | null): string[] {
  const known = SETTINGS.map((s) => s.id);
  const ids = chosen === null ? [GENERATIVE_AI.id] : known.filter((id) => chosen.includes(id));
  return ids.includes(GENERATIVE_AI.id) ? ids : [GENERATIVE_AI.id, ...ids];
}

/** The chosen settings other than the AI switch that are not verified off (the badge's second look). */
export function othersOpen(records: Records, chosen: readonly string[] | null): { on: number; open: number } {
  const t = tally(
    records,
    chosenIds(chosen).filter((id) => id !== GENERATIVE_AI.id),
  );
  return { on: t.on, open: t.unchecked + t.problem };
}

/**
 * When the choice was last verified off, for the re-check reminder: null while the AI
 * switch is not verified off (the deadline reminders are about it); else the oldest
 * verification among the chosen settings that are off, so the reminder comes when any of
 * them is due. (A chosen setting that is on shows on the badge instead.)
 */
export function choiceVerifiedOffAt(records: Records, chosen: readonly string[] | null): number | null {
  if (records[GENERATIVE_AI.id]?.known?.state !== 'off') return null;
  const times = chosenIds(chosen).flatMap((id) => {
    const known = records[id]?.known;
    return known?.state === 'off' ? [known.at] : [];
  });
  return Math.min(...times);
}

/** The settings a sweep switched off, for the result (each with a link to switch it back by hand). */
export function changedSince(records: Records, ids: readonly string[], since: number): string[] {
  return ids.filter((id) => {
    const audit = records[id]?.audit;
    return audit !== null && audit !== undefined && audit.at >= since && audit.outcome === 'turned-off';
  });
}
