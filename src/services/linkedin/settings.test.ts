// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { UI_LANGS } from '../../engine/langs';
import { isSettingPath, settingUrl } from '../../engine/switch/pages';
import { isSignInUrl } from '../index';
import { CATEGORIES, defineService } from '../../engine/model';
import { allLabels, otherLabels } from '../../engine/switch/labels';
import { settingById } from '../index';
import { GENERATIVE_AI, RECOMMENDED, SETTINGS } from './switches';
import { AI_SPEC, CATEGORY_PATHS, LEFT_ALONE } from './settings';

describe('the generative-AI setting row', () => {
  it('has a label and a title in every UI language', () => {
    for (const lang of UI_LANGS) {
      expect(GENERATIVE_AI.labels[lang].length).toBeGreaterThan(0);
      expect(GENERATIVE_AI.titles[lang].length).toBeGreaterThan(0);
    }
  });
  it('points at the real page', () => {
    expect(settingUrl(GENERATIVE_AI)).toBe('https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement');
  });
});

describe('isSettingPath', () => {
  it.each([
    ['/mypreferences/d/settings/data-for-ai-improvement', true],
    ['/mypreferences/d/settings/data-for-ai-improvement/', true],
    ['/mypreferences/m/settings/data-for-ai-improvement', true],
    ['/mypreferences/d/settings/data-for-generative-ai', false],
    ['/mypreferences/d/settings/data-for-generative-ai-improvement', false],
    ['/mypreferences/d/settings/data-for-ai-improvement-extra', false],
    ['/mypreferences/d/categories/privacy', false],
  ])('%s -> %s', (path, expected) => {
    expect(isSettingPath(GENERATIVE_AI, path)).toBe(expected);
  });
});

describe('isSignInUrl', () => {
  it.each([
    ['https://www.linkedin.com/login?session_redirect=x', true],
    ['https://www.linkedin.com/uas/login?session_redirect=x', true],
    ['https://www.linkedin.com/checkpoint/lg/login-submit', true],
    ['https://www.linkedin.com/authwall?trk=x', true],
    ['https://www.linkedin.com/feed/', false],
    ['https://www.linkedin.com/loginsomething', false],
    ['https://evil.example/login', false],
    ['not a url', false],
  ])('%s -> %s', (url, expected) => {
    expect(isSignInUrl(url)).toBe(expected);
  });
});

describe('the privacy check settings', () => {
  it('are thirteen, the AI switch first, with unique ids and hooks', () => {
    expect(SETTINGS).toHaveLength(13);
    expect(SETTINGS[0]).toBe(GENERATIVE_AI);
    expect(new Set(SETTINGS.map((s) => s.id)).size).toBe(13);
    expect(new Set(SETTINGS.map((s) => s.hook)).size).toBe(13);
  });

  it('each lives on a desktop preferences page, and only linkedin-promotions holds two', () => {
    for (const s of SETTINGS) expect(s.path).toMatch(/^\/mypreferences\/d\/[a-z-]+(\/[a-z-]+)?$/);
    const byPath = new Map<string, string[]>();
    for (const s of SETTINGS) byPath.set(s.path, [...(byPath.get(s.path) ?? []), s.id]);
    expect(byPath.size).toBe(12);
    expect([...byPath.values()].filter((ids) => ids.length > 1)).toEqual([['marketing-profile', 'marketing-emails']]);
    expect(byPath.get('/mypreferences/d/settings/linkedin-promotions')).toEqual(['marketing-profile', 'marketing-emails']);
  });

  it('every category is used, in the order of the visit', () => {
    const order = SETTINGS.map((s) => CATEGORIES.indexOf(s.category));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(SETTINGS.map((s) => s.category))).toEqual(new Set(CATEGORIES));
  });

  it('the cookie switch is hooked by its id, every other by aria-labelledby', () => {
    expect(SETTINGS.filter((s) => s.hookBy === 'id').map((s) => [s.id, s.hook])).toEqual([['cookies', 'nonEssentialCookieConsent']]);
    expect(settingById('cookies')?.path).toBe('/mypreferences/d/member-cookies');
  });

  it('every setting but the marketing e-mails is recommended', () => {
    expect(RECOMMENDED).toEqual(SETTINGS.map((s) => s.id).filter((id) => id !== 'marketing-emails'));
    expect(settingById('marketing-emails')?.recommended).toBe(false);
  });

  it('settingById finds each row, and nothing for an unknown id', () => {
    for (const s of SETTINGS) expect(settingById(s.id)).toBe(s);
    expect(settingById('nonsense')).toBeUndefined();
    expect(settingById('')).toBeUndefined();
  });

  it('the English labels given by a source are kept', () => {
    expect(allLabels(settingById('research')!)).toEqual(['Use data for research']);
    expect(allLabels(settingById('partners')!)).toEqual([]);
    expect(allLabels(settingById('ads-off-linkedin')!)).toEqual(['Ads outside of LinkedIn']);
    expect(allLabels(GENERATIVE_AI)).toHaveLength(UI_LANGS.length + 1);
  });

  it('allLabels gives every language, and the same list each time', () => {
    const labels = allLabels(GENERATIVE_AI);
    for (const lang of UI_LANGS) for (const l of GENERATIVE_AI.labels[lang]) expect(labels).toContain(l);
    expect(allLabels(GENERATIVE_AI)).toBe(labels);
  });

  // A fresh row: the data's rows had their lists made when the data was loaded.
  it('a language the row has no label in adds nothing', () => {
    expect(allLabels({ ...settingById('research')!, labels: { fr: ['Recherche'] } })).toEqual(['Recherche']);
  });
});

describe('otherLabels', () => {
  it("holds every other row's labels and the ones left alone, never the row's own", () => {
    const research = settingById('research')!;
    const others = otherLabels(research);
    expect(others).not.toContain('Use data for research');
    for (const l of allLabels(GENERATIVE_AI)) expect(others).toContain(l);
    expect(others).toContain('Use your age range for ads');
    for (const { label } of LEFT_ALONE) expect(others).toContain(label);
    expect(otherLabels(research)).toBe(others);
    expect(otherLabels(GENERATIVE_AI)).toContain('Use data for research');
    expect(otherLabels(GENERATIVE_AI)).not.toContain(GENERATIVE_AI.labels.en[0]);
  });

  /** A service of these rows, defined here (not at import). */
  const serviceOf = (labels: readonly (typeof AI_SPEC)['labels'][], leftAlone: string[] = []) =>
    defineService({
      id: 'test',
      name: 'Test',
      origin: 'https://test.example',
      host: 'optional',
      pages: [],
      signIn: [],
      settings: labels.map((l, i) => ({ ...AI_SPEC, id: `row-${i}`, labels: l })),
      leftAlone,
    });

  it('defineService tells each row its siblings’ labels and the ones left alone, never its own (rows made here, not at import)', () => {
    const [one, two, three] = serviceOf([{ en: ['First switch'], fr: ['Premier'] }, { en: ['Second switch'] }, { en: ['Third switch'] }] as never, [
      'Left alone',
    ]).settings;
    expect(otherLabels(one!)).toEqual(['Second switch', 'Third switch', 'Left alone']);
    expect(otherLabels(two!)).toEqual(['First switch', 'Premier', 'Third switch', 'Left alone']);
    expect(otherLabels(three!)).toEqual(['First switch', 'Premier', 'Second switch', 'Left alone']);
  });

  it('the one row of a service that leaves nothing alone knows no other switch', () => {
    expect(otherLabels(serviceOf([AI_SPEC.labels]).settings[0]!)).toEqual([]);
  });

  it('defineService gives each row its service, origin, twin pages and own toast; a service without them has none, and no forms', () => {
    const plain = serviceOf([AI_SPEC.labels]);
    expect(plain.forms).toEqual([]);
    expect(plain.settings[0]).toMatchObject({ service: 'test', origin: 'https://test.example', twins: [] });
    expect(plain.settings[0]).not.toHaveProperty('toast');
    expect(GENERATIVE_AI).toMatchObject({
      service: 'linkedin',
      origin: 'https://www.linkedin.com',
      twins: [['/mypreferences/d/', '/mypreferences/m/']],
      toast: '.artdeco-toast-item--error',
    });
  });

  it('names the category pages and the settings left alone by their slugs', () => {
    expect(CATEGORY_PATHS).toEqual(['/mypreferences/d/categories/privacy', '/mypreferences/d/categories/ads']);
    expect(LEFT_ALONE.map((s) => s.label)).toEqual(['Research invitations', 'Messaging suggestions', 'Save resumes and application data']);
  });
});
