// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { classifySender } from '../../src/background/senders';
import { ALLOWED } from '../../src/protocol/messages';

const own = { id: 'abcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnop' };

describe('classifySender', () => {
  it('knows our own pages, our content scripts in LinkedIn tabs and on the other services, with their origin', () => {
    expect(classifySender({ id: own.id, url: `${own.origin}/src/popup/index.html` }, own)).toEqual({ kind: 'extension', origin: own.origin });
    expect(classifySender({ id: own.id, url: 'https://www.linkedin.com/mypreferences/d/x', tab: { id: 4 } }, own)).toEqual({
      kind: 'linkedin',
      origin: 'https://www.linkedin.com',
    });
    expect(classifySender({ id: own.id, url: 'https://x.com/settings/grok_settings', tab: { id: 4 } }, own)).toEqual({
      kind: 'service',
      origin: 'https://x.com',
    });
    expect(classifySender({ id: own.id, url: 'https://chatgpt.com/#settings/DataControls', tab: { id: 4 } }, own)).toEqual({
      kind: 'service',
      origin: 'https://chatgpt.com',
    });
  });

  it.each([
    [{ id: 'other-extension', url: `${own.origin}/x` }, 'another extension'],
    [{ id: own.id }, 'no sender URL'],
    [{ id: own.id, url: 'https://www.linkedin.com/x' }, 'LinkedIn frame outside a tab'],
    [{ id: own.id, url: 'https://linkedin.com.evil.example/x', tab: { id: 1 } }, 'origin https://linkedin.com.evil.example'],
    [{ id: own.id, url: 'http://www.linkedin.com/x', tab: { id: 1 } }, 'origin http://www.linkedin.com'],
    [{ id: own.id, url: 'not a url' }, 'unreadable sender URL'],
    [{ id: own.id, url: 'https://x.com/settings/x' }, 'X frame outside a tab'],
    [{ id: own.id, url: 'https://twitter.com/settings/x', tab: { id: 1 } }, 'origin https://twitter.com'],
    // The document's origin, where the browser tells it, must be its URL's (issue 37): an opaque or sandboxed frame is not the service's page.
    [{ id: own.id, url: 'https://www.linkedin.com/help/x', origin: 'null', tab: { id: 1 } }, 'origin null at https://www.linkedin.com'],
    [{ id: own.id, url: 'https://www.linkedin.com/help/x', origin: 'https://x.com', tab: { id: 1 } }, 'origin https://x.com at https://www.linkedin.com'],
  ])('ignores %j: %s', (sender, reason) => {
    expect(classifySender(sender, own)).toEqual({ reason });
  });

  it('takes a sender whose origin, as the browser tells it, is its URL’s (Chromium fills it, Firefox does not)', () => {
    expect(classifySender({ id: own.id, url: 'https://www.linkedin.com/help/x', origin: 'https://www.linkedin.com', tab: { id: 1 } }, own)).toEqual({
      kind: 'linkedin',
      origin: 'https://www.linkedin.com',
    });
  });

  it('lets pages start things and content scripts report, never the other way round', () => {
    const allowedTo = (kind: string) =>
      Object.entries(ALLOWED)
        .filter(([, kinds]) => kinds.includes(kind as never))
        .map(([type]) => type);
    expect(allowedTo('extension')).toEqual(['audit/start', 'sweep/start', 'service/start', 'services/check-all', 'objection/start', 'state/patch']);
    // Another service's pages take part in a check, and Meta's in its objection (the worker
    // answers only on the run's form, in the run's tab); never a LinkedIn scan.
    expect(allowedTo('service')).toEqual([
      'audit/begin',
      'audit/click',
      'audit/progress',
      'audit/report',
      'audit/sites',
      'objection/begin',
      'objection/report',
      'objection/receipt',
    ]);
    for (const kinds of Object.values(ALLOWED)) expect(kinds.includes('extension') && kinds.length > 1).toBe(false);
  });
});
