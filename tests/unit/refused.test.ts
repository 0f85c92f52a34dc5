// A refusal that says why: a switch that reads like the setting but is worded as its
// opposite ("Do not use my data…") is never clicked, and when the wait ends without the
// switch, the user is told the page shows one we will not guess about ("ambiguous",
// detail "refused"), not that the switch "did not show in time".
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { refusedHere } from '../../src/engine/switch/absent';
import { labelScore, MATCH_THRESHOLD, resemblance } from '../../src/engine/page/text';
import { GENERATIVE_AI } from '../../src/services/linkedin/switches';
import { freshDocument, loadToEnd } from './dom';

const EN = 'Use my data for training content creation AI models';
const FR = 'Utiliser mes données pour entraîner des modèles d’IA de création de contenu';
const sw = (label: string, extra = '') => `<button role="switch" aria-checked="true" aria-label="${label}"${extra}></button>`;

let doc: Document;
beforeEach(() => {
  doc = freshDocument();
});
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
});

describe('resemblance: a negated text read as its plain form, for the explanation only', () => {
  it.each([
    ['Do not use my data for training content creation AI models', EN],
    ['Never use my data for training content creation AI models', EN],
    ['Ne pas utiliser mes données pour entraîner des modèles d’IA de création de contenu', FR],
  ])('"%s" resembles its label, though it never scores as a match', (text, label) => {
    expect(labelScore(text, [label])).toBe(0);
    expect(resemblance(text, [label]).score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(resemblance(text, ['Something else entirely', label]).label).toBe(label);
  });

  it('an unrelated negated text does not resemble it', () => {
    expect(resemblance('Do not show my profile photo to members outside my network', [EN]).score).toBeLessThan(MATCH_THRESHOLD);
  });
});

describe('refusedHere: the evidence for "we did not guess"', () => {
  it('a switch named like the setting but negated', () => {
    doc.body.innerHTML = sw('Do not use my data for training content creation AI models');
    expect(refusedHere(doc, GENERATIVE_AI)).toBe(true);
  });

  it('the negation in the description, the name empty', () => {
    doc.body.innerHTML = '<input type="checkbox" aria-describedby="d"><span id="d">Don’t use my data for training content creation AI models</span>';
    expect(refusedHere(doc, GENERATIVE_AI)).toBe(true);
  });

  it('the setting’s hook under a negated text in any wording', () => {
    doc.body.innerHTML = `<input type="checkbox" id="${GENERATIVE_AI.hook}" aria-label="Nicht verwenden">`;
    expect(GENERATIVE_AI.hook).not.toBeNull();
    expect(refusedHere(doc, { ...GENERATIVE_AI, hookBy: 'id' })).toBe(true);
  });

  it.each([
    ['no switch at all', '<p>Nothing here</p>'],
    ['an unrelated negated switch', sw('Do not show my profile photo')],
    ['the setting’s switch, not negated (the locator’s business)', sw(EN)],
    ['a negated look-alike hidden from view', sw('Do not use my data for training content creation AI models', ' hidden')],
  ])('none: %s', (_why, html) => {
    doc.body.innerHTML = html;
    expect(refusedHere(doc, GENERATIVE_AI)).toBe(false);
  });
});

describe('one load: the refusal is said only after the whole wait, and nothing is clicked', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  const load = () => loadToEnd(doc, GENERATIVE_AI);

  it('a negated look-alike: "ambiguous", because "refused"', async () => {
    doc.body.innerHTML = sw('Do not use my data for training content creation AI models');
    expect(await load()).toEqual({ report: { kind: 'failed', outcome: 'ambiguous', detail: 'refused' }, clicks: [] });
  });

  it('nothing like it: "not found" after the wait, as before', async () => {
    doc.body.innerHTML = sw('Something else');
    expect(await load()).toEqual({ report: { kind: 'failed', outcome: 'not-found', detail: 'timeout' }, clicks: [] });
  });

  it('the real switch beside the negated one is found and switched off', async () => {
    doc.body.innerHTML = sw('Do not use my data for training content creation AI models') + sw(EN, ' id="target"');
    const { report, clicks } = await load();
    expect(report).toMatchObject({ kind: 'settled' });
    expect(clicks.map((el) => el.id)).toEqual(['target']);
  });
});
