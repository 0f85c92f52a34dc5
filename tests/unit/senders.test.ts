// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ALLOWED, classifySender } from '../../src/background/senders';

const own = { id: 'abcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnop' };

describe('classifySender', () => {
  it('knows our own pages and our content scripts in LinkedIn tabs', () => {
    expect(classifySender({ id: own.id, url: `${own.origin}/src/popup/index.html` }, own)).toEqual({ kind: 'extension' });
    expect(classifySender({ id: own.id, url: 'https://www.linkedin.com/mypreferences/d/x', tab: { id: 4 } }, own)).toEqual({ kind: 'linkedin' });
  });

  it.each([
    [{ id: 'other-extension', url: `${own.origin}/x` }, 'another extension'],
    [{ id: own.id }, 'no sender URL'],
    [{ id: own.id, url: 'https://www.linkedin.com/x' }, 'LinkedIn frame outside a tab'],
    [{ id: own.id, url: 'https://linkedin.com.evil.example/x', tab: { id: 1 } }, 'origin https://linkedin.com.evil.example'],
    [{ id: own.id, url: 'http://www.linkedin.com/x', tab: { id: 1 } }, 'origin http://www.linkedin.com'],
    [{ id: own.id, url: 'not a url' }, 'unreadable sender URL'],
  ])('ignores %j: %s', (sender, reason) => {
    expect(classifySender(sender, own)).toEqual({ reason });
  });

  it('lets pages start things and content scripts report, never the other way round', () => {
    expect(
      Object.entries(ALLOWED)
        .filter(([, kind]) => kind === 'extension')
        .map(([type]) => type),
    ).toEqual(['audit/start', 'sweep/start', 'objection/start', 'state/patch']);
  });
});
