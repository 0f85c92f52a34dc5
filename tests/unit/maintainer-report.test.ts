// The report a user may copy for the maintainers (engine/check/maintainer-report.ts): exactly the
// page's path, its switches' hooks and labels, the version and UI language; nothing else.
import { describe, expect, it } from 'vitest';
import { maintainerReport, type ReportInput } from '../../src/engine/check/maintainer-report';

const INPUT: ReportInput = {
  settingId: 'ads-age',
  outcome: 'not-found',
  path: '/mypreferences/d/settings/ads-by-age',
  switches: [
    { hook: 'allowAdsByAgeRange', label: 'Use your age range for ads' },
    { hook: '', label: 'Something' },
    { hook: 'x', label: '' },
  ],
  version: '1.2.3',
  uiLanguage: 'fr',
};

describe('maintainerReport', () => {
  it('is exactly the setting, the page, its switches, the version and the language', () => {
    expect(maintainerReport(INPUT)).toBe(
      [
        'Setting "ads-age": not-found',
        'Page: /mypreferences/d/settings/ads-by-age',
        'Switches on the page (hook | label):',
        '- allowAdsByAgeRange | Use your age range for ads',
        '- (no hook) | Something',
        '- x | (no label)',
        'Extension 1.2.3, UI language fr',
      ].join('\n'),
    );
  });

  it('says when the page showed no switch at all', () => {
    expect(maintainerReport({ ...INPUT, switches: [] })).toBe(
      [
        'Setting "ads-age": not-found',
        'Page: /mypreferences/d/settings/ads-by-age',
        'Switches on the page (hook | label):',
        '- (no switch on the page)',
        'Extension 1.2.3, UI language fr',
      ].join('\n'),
    );
  });

  it('holds nothing but what it is given', () => {
    const given = { ...INPUT, switches: [{ hook: 'h1', label: 'l1' }] };
    const text = maintainerReport(given);
    // Remove every given value and the fixed wording: nothing is left.
    let rest = text;
    for (const v of [given.settingId, given.outcome, given.path, 'h1', 'l1', given.version, given.uiLanguage]) rest = rest.replace(v, '');
    expect(rest).toBe(['Setting "": ', 'Page: ', 'Switches on the page (hook | label):', '-  | ', 'Extension , UI language '].join('\n'));
    // No other value of a page or account sneaks in: no URL, no origin, no e-mail.
    expect(text).not.toMatch(/https?:|@|linkedin\.com/);
  });
});
