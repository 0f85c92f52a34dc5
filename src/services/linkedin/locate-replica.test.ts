// Which switch the engine picks on the replica LinkedIn's AI settings page, in each language
// and markup variant, among decoys: the same replica HTML and script the browser tests load
// (./replica/server.mjs), run in jsdom. These were browser tests in tests/e2e/optout-page.spec.ts
// (one Chromium run each, about 10 to 20 s); the browser added nothing to the finding, and
// what follows it (the click, the save, the fresh load that verifies it) is still proven
// there on the English page, and in both browsers by ./linkedin.spec.ts. Moved: issue 35
// (docs/testing.md, "Time").
import { describe, expect, it } from 'vitest';
import { locateSwitch } from '../../engine/switch/locate';
import { replicaPages } from '../../../tests/unit/replica-pages';
import { linkedInServer } from './replica/server.mjs';
import { TARGET_PATH } from './replica/replica.mjs';
import { GENERATIVE_AI } from './switches';

const { load } = replicaPages();

/** The AI settings page, rendered at once, with `page` as the browser tests give it to the replica. */
const aiPage = (page: Record<string, unknown>) =>
  load(linkedInServer({ renderDelayMs: 0, page } as Parameters<typeof linkedInServer>[0]), `https://www.linkedin.com${TARGET_PATH}`);

/** The replica's id of the switch the engine would click, or what it found instead. */
async function picked(page: Record<string, unknown>): Promise<string> {
  const found = locateSwitch(await aiPage(page), GENERATIVE_AI);
  return found.kind === 'found' ? (found.el.getAttribute('data-replica-id') ?? 'no replica id') : found.kind;
}

// A page's first load in jsdom takes seconds on a loaded machine.
describe('the AI switch on the replica LinkedIn page', { timeout: 30_000 }, () => {
  it('French page: « Utiliser mes données… » is the target', async () => {
    expect(await picked({ lang: 'fr' })).toBe('target');
  });

  it.each(['de', 'nl', 'it', 'pt', 'es'])('%s page without the stable hook: found by its label', async (lang) => {
    expect(await picked({ lang, hook: false })).toBe('target');
  });

  it('a hooked switch labelled in a language we do not know is still the target', async () => {
    expect(await picked({ label: 'Użyj moich danych do trenowania modeli AI tworzących treści' })).toBe('target');
  });

  it('a visible hooked switch beside a hidden stale copy with the same hook is the target', async () => {
    expect(await picked({ staleCopy: true })).toBe('target');
  });

  it('no stable hook, French wording drift ("les", curly apostrophe, <label for> with Oui/Non)', async () => {
    const page = {
      lang: 'fr',
      hook: false,
      labelling: 'label-for',
      label: 'Utiliser mes données pour entraîner les modèles d’IA de création de contenu',
      before: [{ id: 'research', label: 'Utiliser mes données pour la recherche', on: true, labelling: 'label-for' }],
    };
    expect(await picked(page)).toBe('target');
  });

  it('other switches on the page, some AI-related, some negated, are never the target', async () => {
    const before = [
      { id: 'research', label: 'Use my data for research with trusted third parties', on: true },
      { id: 'ai-other', label: 'Use my data for training AI models', on: true },
    ];
    const after = [
      { id: 'negated', label: 'Do not use my data for training content creation AI models', on: true },
      { id: 'off-one', label: 'Share data with select partners', on: false },
    ];
    expect(await picked({ hook: false, before, after })).toBe('target');
    // Without the target, none of them is taken for it.
    expect(await picked({ hook: false, before, after, noTarget: true })).not.toBe('target');
  });
});
