// @vitest-environment node
// The steps to do by hand: which language LinkedIn's words are quoted in, and the shorter
// steps of a switch other than the AI one (its page's link, then its label).
import { describe, expect, it } from 'vitest';
import { uiLangOf } from '../../engine/langs';
import type { SettingRow } from '../../engine/model';
import { settingById } from '../index';
import { manualSteps } from './manual-steps';
import { GENERATIVE_AI } from './switches';

describe('uiLangOf', () => {
  it.each([
    ['PT-br', 'pt'],
    ['de_CH', 'de'],
    ['nl', 'nl'],
    ['pl-PL', 'en'],
    ['', 'en'],
  ])('%s reads as %s', (locale, lang) => {
    expect(uiLangOf(locale)).toBe(lang);
  });
});

describe('manualSteps', () => {
  const research = settingById('research')!;

  it('another switch than the AI one: the page link, then its label in the language of the texts', () => {
    const row: SettingRow = { ...research, labels: { en: ['Use data for research'], fr: ['Utiliser les données pour la recherche'] } };
    expect(manualSteps('fr-FR', row, 'Recherche')).toEqual([
      { key: 'manualStepLink', subs: [] },
      { key: 'manualStep4', subs: ['Utiliser les données pour la recherche'] },
    ]);
  });

  it('a switch whose label no source gives is named by the name passed, else by nothing', () => {
    const row: SettingRow = { ...research, labels: {} };
    expect(manualSteps('de', row, 'Forschung')[1]).toEqual({ key: 'manualStep4', subs: ['Forschung'] });
    expect(manualSteps('de', row)[1]).toEqual({ key: 'manualStep4', subs: [''] });
  });

  it('the AI switch: through the menus, its page title and label quoted in English for a language the data lacks', () => {
    expect(manualSteps('pl')).toEqual([
      { key: 'manualStep1', subs: [] },
      { key: 'manualStep2', subs: [] },
      { key: 'manualStep3', subs: [GENERATIVE_AI.titles.en[0]] },
      { key: 'manualStep4', subs: [GENERATIVE_AI.labels.en[0]] },
    ]);
  });
});
