// @vitest-environment node
// The objection e-mail drafted where a service has no switch but a published privacy address:
// the link's address, subject and body, encoded so that a mail client reads them as written
// (RFC 6068), with nothing that could add a recipient or a header; and its texts in every
// language: the Article 21 objection, placeholders for the user to complete, none of their data.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftLink } from '../../src/engine/form/mailto';
import { UI_LANGS } from '../../src/engine/langs';
import { DRAFT_NAMES, NO_CONTROL } from '../../src/services/no-control';

/** A mail client's reading of a mailto: link: its address, and its headers decoded. */
function read(link: string) {
  const url = new URL(link);
  expect(url.protocol).toBe('mailto:');
  const query = link.slice(link.indexOf('?') + 1);
  const headers = Object.fromEntries(query.split('&').map((pair) => pair.split('=').map(decodeURIComponent) as [string, string]));
  return { to: url.pathname, headers };
}

describe('draftLink: one address, the subject and the body as written', () => {
  it('encodes what would break the link or add to it (& ? # % =, spaces, accents), and line breaks as CRLF', () => {
    const subject = 'Opposition à l’usage & “training” ? #21 = 100%';
    const body = 'Ligne 1\nLigne 2 : [votre nom]\r\nfin & cc=someone@else.example';
    const link = draftLink('privacy@example.com', subject, body)!;
    expect(link.startsWith('mailto:privacy@example.com?subject=')).toBe(true);
    // Nothing raw that a client would split on.
    expect(link.slice('mailto:privacy@example.com?'.length)).not.toMatch(/[ #?\n\r]|&(?!body=)/);
    expect(read(link)).toEqual({ to: 'privacy@example.com', headers: { subject, body: 'Ligne 1\r\nLigne 2 : [votre nom]\r\nfin & cc=someone@else.example' } });
    expect(link).toContain('%0D%0A');
  });

  it.each([
    ['two recipients', 'a@example.com,b@example.com'],
    ['a header smuggled in', 'a@example.com?cc=b@example.com'],
    ['a space', 'a @example.com'],
    ['no domain', 'privacy@'],
    ['a whole link', 'mailto:a@example.com'],
  ])('refuses anything but one plain address (%s)', (_why, to) => {
    expect(draftLink(to, 's', 'b')).toBeNull();
  });
});

describe('the drafts the options page offers', () => {
  const messages = (lang: string): Record<string, { message: string }> => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));

  it('only services with a published privacy address, each a plain address that makes a link', () => {
    expect(DRAFT_NAMES).toEqual(['Zoom', 'DeepL', 'Spotify']);
    for (const s of NO_CONTROL.filter((n) => n.privacyEmail)) expect(draftLink(s.privacyEmail!, 's', 'b'), s.name).not.toBeNull();
  });

  it.each(UI_LANGS)('in %s: an Article 21 objection, with placeholders for the user and none of their data', (lang) => {
    const m = messages(lang);
    const subject = m.objectionMailSubject!.message;
    const body = m.objectionMailBody!.message;
    expect(subject).toMatch(/21/);
    expect(body).toMatch(/21/);
    expect(body).toContain('$SERVICE$');
    // At least the account, the country and the name, each for the user to complete.
    expect(body.match(/\[[^\]]+\]/g)?.length).toBeGreaterThanOrEqual(3);
    expect(body).not.toMatch(/@/);
    const link = draftLink('privacy@example.com', subject, body.replace('$SERVICE$', 'DeepL'))!;
    expect(read(link).headers.body).toBe(body.replace('$SERVICE$', 'DeepL').replace(/\r?\n/g, '\r\n'));
  });
});
