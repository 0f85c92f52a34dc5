// The worker's answers, as the content scripts read them without zod: a plan, a click
// number or an objection action is taken only when it is exactly what the worker sends;
// anything else means "read only" or "do nothing".
import { describe, expect, it } from 'vitest';
import { parseBeginReply, parseClickReply, parseObjectionReply } from '../../src/core/replies';

const readOnly = { phase: 'act', mode: 'audit' };

describe('parseBeginReply', () => {
  it('opt-out mode only when the plan is an acting one that says optout', () => {
    expect(parseBeginReply({ plan: { phase: 'act', mode: 'optout' } })).toEqual({ phase: 'act', mode: 'optout' });
    expect(parseBeginReply({ plan: { phase: 'act', mode: 'audit' } })).toEqual(readOnly);
    expect(parseBeginReply({ plan: { phase: 'later', mode: 'optout' } })).toEqual(readOnly);
    expect(parseBeginReply({ plan: { mode: 'optout' } })).toEqual(readOnly);
  });

  it('a verifying plan only reads, whatever mode it carries', () => {
    expect(parseBeginReply({ plan: { phase: 'verify', mode: 'optout' } })).toEqual({ phase: 'verify' });
  });

  it('a null plan means another check is running: stay quiet', () => {
    expect(parseBeginReply({ plan: null })).toBeNull();
  });

  it.each([[undefined], [null], ['optout'], [42], [{}], [{ plan: undefined }], [{ plan: 'optout' }], [{ plan: 1 }]])(
    'reads only for the unexpected answer %j',
    (reply) => {
      expect(parseBeginReply(reply)).toEqual(readOnly);
    },
  );
});

describe('parseClickReply', () => {
  it.each([1, 2, 3])('takes click number %i', (n) => {
    expect(parseClickReply({ click: n })).toBe(n);
  });

  it.each([[undefined], [null], [3], ['1'], [{}], [{ click: 0 }], [{ click: 4 }], [{ click: -1 }], [{ click: 1.5 }], [{ click: '1' }], [{ click: null }]])(
    'no click for %j',
    (reply) => {
      expect(parseClickReply(reply)).toBeNull();
    },
  );
});

describe('parseObjectionReply', () => {
  const none = { action: 'none', firstName: '', lastName: '', email: '' };

  it.each(['none', 'prefill', 'watch', 'receipt'] as const)('takes the action %s with its details', (action) => {
    expect(parseObjectionReply({ action, firstName: 'Camille', lastName: 'Martin', email: 'c@example.org' })).toEqual({
      action,
      firstName: 'Camille',
      lastName: 'Martin',
      email: 'c@example.org',
    });
  });

  it('a detail that is not a string is read as empty, never as its value', () => {
    expect(parseObjectionReply({ action: 'prefill', firstName: 1, lastName: null, email: { at: 'x' } })).toEqual({
      action: 'prefill',
      firstName: '',
      lastName: '',
      email: '',
    });
  });

  it.each([[undefined], [null], ['prefill'], [{}], [{ action: 'submit', firstName: 'a' }], [{ action: 'PREFILL' }]])('does nothing for %j', (reply) => {
    expect(parseObjectionReply(reply)).toEqual(none);
  });
});
