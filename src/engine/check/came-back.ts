// "It came back on": a setting read on again after a fresh load had verified it off (a site
// update, a reset, someone at the same account). Pure: the worker compares each setting's
// record before and after every change of storage (background/came-back.ts).

/** What a record tells about the switch: its last verified reading (the `known` of a setting record). */
interface Known {
  state: 'on' | 'off';
  at: number;
}
interface RecordLike {
  known: Known | null;
}

/** A setting that came back on: when it was last verified off, and when it was found on. */
export interface Back {
  since: number;
  at: number;
}

/**
 * The setting came back on: verified off before, found on by a later fresh load now. Never
 * verified, verified on before, or not read again: no.
 */
export function cameBack(before: RecordLike | undefined, after: RecordLike | undefined): Back | null {
  const was = before?.known;
  const now = after?.known;
  if (was?.state !== 'off' || now?.state !== 'on' || now.at <= was.at) return null;
  return { since: was.at, at: now.at };
}

/** What is kept of the settings that came back once `records` changed: one verified off since is dropped. */
export function stillBack(kept: Readonly<Record<string, Back>>, records: Readonly<Record<string, RecordLike>>): Record<string, Back> {
  return Object.fromEntries(
    Object.entries(kept).filter(([id, back]) => {
      const known = records[id]?.known;
      return !(known?.state === 'off' && known.at > back.at);
    }),
  );
}

/** The settings that came back on between two states of the records, by id. */
export function newlyBack(before: Readonly<Record<string, RecordLike>>, after: Readonly<Record<string, RecordLike>>): Record<string, Back> {
  const found: Record<string, Back> = {};
  for (const [id, record] of Object.entries(after)) {
    const back = cameBack(before[id], record);
    if (back) found[id] = back;
  }
  return found;
}
