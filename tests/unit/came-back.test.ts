// @vitest-environment node
// "It came back on" (engine/check/came-back.ts): only a fresh load that reads on after one
// that verified off; kept until verified off again.
import { describe, expect, it } from 'vitest';
import { cameBack, newlyBack, stillBack } from '../../src/engine/check/came-back';

const off = (at: number) => ({ known: { state: 'off' as const, at } });
const on = (at: number) => ({ known: { state: 'on' as const, at } });
const never = { known: null };

describe('came back on', () => {
  it('verified off, then found on: it came back, since the day it was verified off', () => {
    expect(cameBack(off(100), on(200))).toEqual({ since: 100, at: 200 });
  });

  it('never verified, verified on before, or still off: no', () => {
    expect(cameBack(undefined, on(200))).toBeNull();
    expect(cameBack(never, on(200))).toBeNull();
    expect(cameBack(on(100), on(200))).toBeNull();
    expect(cameBack(off(100), off(200))).toBeNull();
    expect(cameBack(off(100), never)).toBeNull();
    expect(cameBack(off(100), undefined)).toBeNull();
  });

  it('a reading not newer than the one that verified it off is no news (a record written back as it was)', () => {
    expect(cameBack(off(100), on(100))).toBeNull();
    expect(cameBack(off(100), on(50))).toBeNull();
  });

  it('across records: only the ones that came back, by id', () => {
    const before = { a: off(1), b: off(1), c: never, 'd@site.example': off(1) };
    const after = { a: on(5), b: off(5), c: on(5), 'd@site.example': on(6), e: on(7) };
    expect(newlyBack(before, after)).toEqual({ a: { since: 1, at: 5 }, 'd@site.example': { since: 1, at: 6 } });
  });

  it('kept until a fresh load verifies it off again; a record read again on, or not read, keeps it', () => {
    const kept = { a: { since: 1, at: 5 }, b: { since: 1, at: 5 }, c: { since: 1, at: 5 } };
    expect(stillBack(kept, { a: off(9), b: on(9) })).toEqual({ b: { since: 1, at: 5 }, c: { since: 1, at: 5 } });
    expect(stillBack(kept, { a: off(5) })).toEqual(kept);
  });
});
