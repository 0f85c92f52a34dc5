// @vitest-environment node
// The report a user may copy for the maintainers (engine/check/maintainer-report.ts): the
// page's structure, never its words, and nothing that looks like a person's data, whatever
// the page or the stored record holds.
import { describe, expect, it } from 'vitest';
import { maintainerReport, redactPage, type ReportInput, withoutDetails } from '../../src/engine/check/maintainer-report';
import type { SwitchSeen } from '../../src/engine/switch/discover';

const SWITCH: SwitchSeen = {
  kind: 'input',
  ties: ['aria-labelledby'],
  hook: '[aria-labelledby~="allowAdsByAgeRange"]',
  length: 26,
  like: 'Use your age range for ads',
};
const INPUT: ReportInput = {
  settingId: 'ads-age',
  outcome: 'not-found',
  page: {
    path: '/mypreferences/d/settings/ads-by-age',
    lang: 'fr',
    switches: [
      SWITCH,
      { kind: 'switch', ties: [], hook: '', length: 0, like: '' },
      { kind: 'checkbox', ties: ['aria-label', 'text'], hook: '', length: 59, like: 'Use your age range for ads' },
    ],
  },
  version: '1.2.3',
  uiLanguage: 'fr',
  userDetails: [],
};

describe('maintainerReport', () => {
  it('is exactly the setting, the page, its switches by structure, the version and the language', () => {
    expect(maintainerReport(INPUT)).toBe(
      [
        'Setting "ads-age": not-found',
        'Page: /mypreferences/d/settings/ads-by-age',
        'Page language: fr',
        'Switches on the page (their structure; no word of the page is copied):',
        '- input, named by aria-labelledby, hook [aria-labelledby~="allowAdsByAgeRange"], 26 characters, reads like "Use your age range for ads"',
        '- switch, named by nothing, no hook we know, 0 characters, reads like none of our labels',
        '- checkbox, named by aria-label + text, no hook we know, 59 characters, reads like "Use your age range for ads"',
        'Extension 1.2.3, UI language fr',
      ].join('\n'),
    );
  });

  it('says when the page showed no switch at all, or declared no language', () => {
    const text = maintainerReport({ ...INPUT, page: { ...INPUT.page, lang: '', switches: [] } });
    expect(text).toContain('Page language: (not declared)');
    expect(text).toContain('- (no switch on the page)');
  });

  it('a path holding an e-mail, a member id, a phone or a web address: each replaced, the rest kept', () => {
    const path = '/in/camille.martin@example.org/detail/ACoAAB123456789/call/+33 6 12 34 56 78/see/https://evil.example/x';
    const line = maintainerReport({ ...INPUT, page: { ...INPUT.page, path } }).split('\n')[1];
    expect(line).toBe('Page: /in/[e-mail]/detail/ACoAAB[number]/call/[number]/see/[address]');
  });

  it('never a detail the user typed in the extension, wherever it shows, whatever its case', () => {
    const path = '/mypreferences/camille-MARTIN/settings';
    const text = maintainerReport({ ...INPUT, page: { ...INPUT.page, path }, userDetails: ['Camille', 'Martin', 'c@example.org', '', 'x'] });
    expect(text).toContain('Page: /mypreferences/[your details]-[your details]/settings');
    expect(text).not.toMatch(/camille|martin/i);
  });

  it('holds nothing but what it is given', () => {
    const text = maintainerReport({ ...INPUT, page: { ...INPUT.page, switches: [SWITCH] } });
    expect(text).not.toMatch(/https?:|@|linkedin\.com/);
    expect(text.split('\n')).toHaveLength(6);
  });
});

describe('redactPage and withoutDetails', () => {
  it.each([
    ['name.surname+tag@mail.example.co', '[e-mail]'],
    ['www.example.org/profile', '[address]'],
    ['mailto-free http://a.b/c?d=1', 'mailto-free [address]'],
    ['(06) 12-34-56-78', '[number]'],
    ['urn:li:member:987654321', 'urn:li:member:[number]'],
    ['settings-v2', 'settings-v2'],
    ['/mypreferences/d/settings/data-for-ai-improvement', '/mypreferences/d/settings/data-for-ai-improvement'],
  ])('%s -> %s', (text, out) => {
    expect(redactPage(text)).toBe(out);
  });

  it('the longest detail first, so a name inside an e-mail takes the e-mail with it', () => {
    expect(withoutDetails('write to anne.marie@x.org, Anne', ['Anne', 'anne.marie@x.org'])).toBe('write to [your details], [your details]');
  });

  it('details with regular-expression characters are taken as written', () => {
    expect(withoutDetails('a (b) c.d', ['(b)', 'c.d'])).toBe('a [your details] [your details]');
  });
});
