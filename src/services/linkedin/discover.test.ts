// What LinkedIn shows that the setting data does not know (src/engine/switch/discover.ts,
// told LinkedIn's data by ./discover.ts): switches
// about AI, settings on the category pages, and the page's switches for the maintainers.
// Read only: nothing here clicks.
import { beforeEach, describe, expect, it } from 'vitest';
import { FOUND_MAX, type Found, LABEL_MAX, mergeFound, SEEN_MAX, speaksOfAi } from '../../engine/switch/discover';
import { seenHere, unknownAiSwitches, unknownEntries } from './discover';
import { settingById } from '../index';
import { GENERATIVE_AI } from './switches';
import { addSwitch, freshDocument, recordClicks } from '../../../tests/unit/dom';

let doc: Document;
beforeEach(() => {
  doc = freshDocument();
});

describe('speaksOfAi', () => {
  it.each([
    // English
    'Use my data for training content creation AI models',
    'Allow AI-powered suggestions',
    'Generative features',
    'Use data to improve machine learning',
    'Artificial intelligence research',
    // French
    "Utiliser mes données pour entraîner des modèles d'IA",
    'Fonctions génératives',
    'Contenu générée... par une intelligence artificielle',
    'Entrainement des systèmes',
    // German
    'Daten zur Verbesserung generativer KI',
    'Ihre Daten für Modelle verwenden',
    'Künstliche Intelligenz',
    // Italian
    'Usa i miei dati per addestrare i sistemi',
    'Intelligenza artificiale',
    // Portuguese
    'Usar meus dados para treinar sistemas',
    'Inteligência artificial',
    // Spanish
    'Usar mis datos para entrenar sistemas',
    'Inteligencia artificial',
    // Dutch
    'Mijn gegevens gebruiken voor training',
    'Kunstmatige intelligentie',
    'Generatieve functies',
  ])('%s: speaks of AI', (label) => {
    expect(speaksOfAi(label)).toBe(true);
  });

  it.each([
    "Voir ce que j'ai partagé",
    'Research invitations',
    'Ads outside of LinkedIn',
    'Maintain my profile',
    'Messaging suggestions',
    'Save resumes and application data',
    'Use your age range for ads',
    'Air quality', // "ai" inside a word, lower case
    'Email tips', // "ai" inside a word
    'Kid friendly', // "KI" only as written
    'Via the app', // "ia" in lower case is a word, not the acronym
    'Share data with select partners',
  ])('%s: does not speak of AI', (label) => {
    expect(speaksOfAi(label)).toBe(false);
  });
});

// Stems match at a word's start only: words that merely contain one are not about AI.
describe('speaksOfAi, words that only contain a stem', () => {
  it('"lead generation" is not generative AI (g[ée]n[ée]rati matches "generation")', () => {
    expect(speaksOfAi('Use my data for lead generation forms')).toBe(false);
  });
  it('"constraints" is not training ("train" matches inside it)', () => {
    expect(speaksOfAi('Respect my contact constraints')).toBe(false);
  });
  it('French "entrent" (they enter) is not Spanish "entrenar"; Dutch "generatieve" is generative', () => {
    expect(speaksOfAi('Les données qui entrent dans votre profil')).toBe(false);
    expect(speaksOfAi('Gegevens voor verbetering van generatieve AI')).toBe(true);
    expect(speaksOfAi('Gegevens voor generatieve modellen')).toBe(true);
  });
});

const AI_PATH = GENERATIVE_AI.path;

describe('unknownAiSwitches', () => {
  it('reports an unknown switch about AI with its state and its page, and never clicks it', () => {
    const clicks = recordClicks(doc);
    addSwitch(doc, { label: 'Use my data to train AI for recruiters', on: true });
    addSwitch(doc, { label: 'Use my profile for generative replies', on: false, how: 'aria-switch' });
    expect(unknownAiSwitches(doc, AI_PATH)).toEqual([
      { kind: 'switch', label: 'Use my data to train AI for recruiters', state: 'on', path: AI_PATH },
      { kind: 'switch', label: 'Use my profile for generative replies', state: 'off', path: AI_PATH },
    ]);
    expect(clicks).toEqual([]);
  });

  it('a switch whose state cannot be read is reported with no state', () => {
    const el = addSwitch(doc, { label: 'AI coaching', how: 'aria-switch' });
    el.setAttribute('aria-checked', 'mixed');
    expect(unknownAiSwitches(doc, AI_PATH)).toEqual([{ kind: 'switch', label: 'AI coaching', state: null, path: AI_PATH }]);
  });

  it('a known setting is not new: by its hook, whatever its label says, or by its label', () => {
    addSwitch(doc, { label: 'Brand new AI wording', hook: GENERATIVE_AI.hook });
    addSwitch(doc, { label: GENERATIVE_AI.labels.fr[0]! });
    addSwitch(doc, { label: GENERATIVE_AI.titles.de[0]! });
    expect(unknownAiSwitches(doc, AI_PATH)).toEqual([]);
  });

  it('a switch hooked by id (the cookie switch) is known by its id', () => {
    const el = addSwitch(doc, { label: 'Cookies for AI partners', how: 'aria-label' });
    el.id = settingById('cookies')!.hook!;
    expect(unknownAiSwitches(doc, AI_PATH)).toEqual([]);
  });

  it('switches that are not about AI, left alone or without a label are not reported', () => {
    addSwitch(doc, { label: 'Research invitations' });
    addSwitch(doc, { label: 'Messaging suggestions' });
    addSwitch(doc, { label: '   ', how: 'aria-label' });
    addSwitch(doc, { label: 'Use your age range for ads' });
    addSwitch(doc, { label: 'Show my profile photo to everyone' });
    expect(unknownAiSwitches(doc, AI_PATH)).toEqual([]);
  });

  it('hidden switches are ignored', () => {
    addSwitch(doc, { label: 'Train AI on my posts', hidden: true });
    expect(unknownAiSwitches(doc, AI_PATH)).toEqual([]);
  });

  it('the page path is written as the data writes it: desktop twin, no trailing slash', () => {
    addSwitch(doc, { label: 'AI coaching' });
    expect(unknownAiSwitches(doc, '/mypreferences/m/settings/new-ai-page/')[0]?.path).toBe('/mypreferences/d/settings/new-ai-page');
    expect(unknownAiSwitches(doc, '/mypreferences/d/settings/new-ai-page//')[0]?.path).toBe('/mypreferences/d/settings/new-ai-page');
    // Only a path that begins with the mobile prefix is the mobile twin.
    expect(unknownAiSwitches(doc, '/x/mypreferences/m/settings/p')[0]?.path).toBe('/x/mypreferences/m/settings/p');
  });

  it('at most FOUND_MAX from one page, the first ones', () => {
    for (let i = 0; i < FOUND_MAX + 3; i++) addSwitch(doc, { label: `AI feature number ${i}` });
    const found = unknownAiSwitches(doc, AI_PATH);
    expect(found).toHaveLength(FOUND_MAX);
    expect(found[0]?.label).toBe('AI feature number 0');
  });

  it('the label is cleaned of runs of white space and cut at LABEL_MAX', () => {
    addSwitch(doc, { label: '  Use   my\n data\tfor AI  ' });
    addSwitch(doc, { label: `AI ${'x'.repeat(300)}` });
    const [a, b] = unknownAiSwitches(doc, AI_PATH);
    expect(a?.label).toBe('Use my data for AI');
    expect(b?.label).toBe(`AI ${'x'.repeat(300)}`.slice(0, LABEL_MAX));
    expect(b?.label).toHaveLength(LABEL_MAX);
  });
});

/** A category page at LinkedIn's origin, so relative links resolve as they do there. */
function categoryPage(links: { href: string; text: string; hidden?: boolean }[]): Document {
  const base = doc.createElement('base');
  base.href = 'https://www.linkedin.com/mypreferences/d/categories/privacy';
  doc.head.append(base);
  for (const l of links) {
    const a = doc.createElement('a');
    a.href = l.href;
    a.textContent = l.text;
    if (l.hidden) a.hidden = true;
    doc.body.append(a);
  }
  return doc;
}

describe('unknownEntries', () => {
  it('known rows, category pages, settings left alone, desktop/mobile twins and trailing slashes are all known', () => {
    categoryPage([
      { href: '/mypreferences/d/settings/data-for-ai-improvement', text: 'Data for Generative AI Improvement' },
      { href: '/mypreferences/m/settings/ads-by-age/', text: 'Ads by age' },
      { href: 'https://www.linkedin.com/mypreferences/d/member-cookies', text: 'Cookie preferences' },
      { href: '/mypreferences/d/categories/ads', text: 'Advertising data' },
      { href: '/mypreferences/d/categories/privacy/', text: 'Data privacy' },
      { href: '/mypreferences/d/settings/research-invitations', text: 'Invitations to participate in research' },
      { href: '/mypreferences/m/settings/messaging-suggestions/', text: 'Suggestions while messaging' },
    ]);
    expect(unknownEntries(doc)).toEqual([]);
  });

  it('an unknown setting page is reported once, by its desktop path', () => {
    categoryPage([
      { href: '/mypreferences/d/settings/new-sharing', text: 'Share data with new friends' },
      { href: '/mypreferences/m/settings/new-sharing/', text: 'Share data with new friends' },
      { href: 'https://www.linkedin.com/mypreferences/d/settings/new-sharing?x=1', text: 'Same again' },
    ]);
    expect(unknownEntries(doc)).toEqual([{ kind: 'entry', label: 'Share data with new friends', state: null, path: '/mypreferences/d/settings/new-sharing' }]);
  });

  it('links outside the preferences pages are ignored', () => {
    categoryPage([
      { href: '/feed/', text: 'Home' },
      { href: '/help/linkedin/answer/1', text: 'Learn more about generative AI' },
      { href: '/mypreferences/x/settings/odd', text: 'Odd' },
      { href: 'https://[bad', text: 'Broken link' },
    ]);
    expect(unknownEntries(doc)).toEqual([]);
  });

  it('hidden links and links without text are ignored, and do not hide a visible link to the same page', () => {
    categoryPage([
      { href: '/mypreferences/d/settings/secret', text: 'Hidden setting', hidden: true },
      { href: '/mypreferences/d/settings/secret', text: '  ' },
      { href: '/mypreferences/d/settings/secret', text: 'Shown setting' },
    ]);
    expect(unknownEntries(doc)).toEqual([{ kind: 'entry', label: 'Shown setting', state: null, path: '/mypreferences/d/settings/secret' }]);
  });

  it('a link to a new page under a known label is not new', () => {
    categoryPage([
      { href: '/mypreferences/d/settings/research-v2', text: 'Use data for research' },
      // Four known words and one more: a score of exactly the threshold is still known.
      { href: '/mypreferences/d/settings/age-v2', text: 'Use your age range for ads today' },
    ]);
    expect(unknownEntries(doc)).toEqual([]);
  });

  it('at most FOUND_MAX, labels cleaned and capped', () => {
    categoryPage(
      Array.from({ length: FOUND_MAX + 2 }, (_, i) => ({ href: `/mypreferences/d/settings/new-${i}`, text: `  New\n  setting ${i} ${'y'.repeat(200)}` })),
    );
    const found = unknownEntries(doc);
    expect(found).toHaveLength(FOUND_MAX);
    expect(found[0]?.label).toBe(`New setting 0 ${'y'.repeat(200)}`.slice(0, LABEL_MAX));
    expect(found[0]?.path).toBe('/mypreferences/d/settings/new-0');
  });

  // A link to another site whose path looks like LinkedIn's is reported as if it were
  // LinkedIn's page (the origin is not checked); the popup would then link to LinkedIn's
  // page of that path. Minor; see the report.
  it('links to another site are ignored', () => {
    categoryPage([{ href: 'https://example.com/mypreferences/d/settings/elsewhere', text: 'Somewhere else' }]);
    expect(unknownEntries(doc)).toEqual([]);
  });

  it('links to another site over plain http are ignored as well', () => {
    categoryPage([{ href: 'http://example.com/mypreferences/d/settings/elsewhere', text: 'Somewhere else' }]);
    expect(unknownEntries(doc)).toEqual([]);
  });
});

describe('seenHere: a page by its structure, for the maintainers', () => {
  it('each rendered switch: its kind, how it is tied to words, the hook of our data, its text’s length, our label it reads like, its state', () => {
    addSwitch(doc, { label: 'Use your age range for ads', hook: 'allowAdsByAge' });
    const byLabel = addSwitch(doc, { label: 'Cookies de la page', how: 'aria-label', on: false });
    byLabel.removeAttribute('role');
    addSwitch(doc, { label: 'Hidden one', hidden: true });
    addSwitch(doc, { label: 'Do not use my data for training content creation AI models', how: 'aria-switch' });
    doc.documentElement.lang = 'fr-FR';
    const { lang, switches } = seenHere(doc);
    expect(lang).toBe('fr-fr');
    expect(switches).toEqual([
      { kind: 'input', ties: ['aria-labelledby'], hook: '[aria-labelledby~="allowAdsByAge"]', length: 26, like: expect.stringMatching(/age/i) },
      { kind: 'input', ties: ['aria-label'], hook: '', length: 18, like: '' },
      { kind: 'switch', ties: ['aria-labelledby'], hook: '', length: 58, like: 'Use my data for training content creation AI models' },
    ]);
  });

  it('a page full of the member’s own data: none of it is kept, in a label, a hook, an id or the language', () => {
    const personal = ['Camille Martin', 'camille.martin@example.org', '+33 6 12 34 56 78', 'ACoAAB123456789', 'urn:li:member:987654321'];
    addSwitch(doc, { label: `Show ${personal[0]} (${personal[1]}) to ${personal[2]}`, hook: `member-${personal[3]}` });
    const labelled = addSwitch(doc, { label: personal[4]!, how: 'label-for' });
    labelled.id = personal[3]!;
    doc.documentElement.lang = personal[1]!;
    const kept = JSON.stringify(seenHere(doc));
    for (const word of [...personal, 'Camille', 'Martin', '987654321', '123456789']) expect(kept).not.toContain(word);
    expect(JSON.parse(kept).lang).toBe('');
  });

  it('at most SEEN_MAX switches, in page order', () => {
    for (let i = 0; i < SEEN_MAX + 5; i++) addSwitch(doc, { label: `Switch ${i}`, hook: `hook-${i}` });
    expect(seenHere(doc).switches).toHaveLength(SEEN_MAX);
  });

  it('our label it reads like is cut at LABEL_MAX (our own words, but the record has a size)', () => {
    addSwitch(doc, { label: 'Use my data for training content creation AI models' });
    expect(seenHere(doc).switches[0]!.like.length).toBeLessThanOrEqual(LABEL_MAX);
  });
});

describe('mergeFound', () => {
  const f = (label: string, over: Partial<Found> = {}): Found => ({ kind: 'switch', label, state: 'on', path: '/p', ...over });
  it('the latest first, each once by kind, path and label, with when it was last seen', () => {
    const kept = [
      { ...f('a'), at: 1 },
      { ...f('b'), at: 1 },
      { ...f('a', { kind: 'entry', state: null }), at: 1 },
      { ...f('a', { path: '/q' }), at: 1 },
    ];
    expect(mergeFound(kept, [f('a', { state: 'off' }), f('c')], 9, 10)).toEqual([
      { ...f('a', { state: 'off' }), at: 9 },
      { ...f('c'), at: 9 },
      { ...f('b'), at: 1 },
      { ...f('a', { kind: 'entry', state: null }), at: 1 },
      { ...f('a', { path: '/q' }), at: 1 },
    ]);
  });

  it('keeps at most `max`, dropping the oldest', () => {
    const kept = [
      { ...f('x'), at: 1 },
      { ...f('y'), at: 1 },
    ];
    expect(mergeFound(kept, [f('z')], 5, 2)).toEqual([
      { ...f('z'), at: 5 },
      { ...f('x'), at: 1 },
    ]);
    expect(mergeFound(kept, [], 5, 5)).toEqual(kept);
  });
});

describe('what a screen reader hears, wherever the switch is', () => {
  it('an unknown AI switch inside a web component is reported, by its name or, unnamed, by its description', () => {
    const host = doc.createElement('x-ai-settings');
    doc.body.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML =
      '<span id="d">Use my posts to train AI features</span><input type="checkbox" checked aria-describedby="d">' +
      '<button role="switch" aria-checked="false">Allow generative AI drafts</button>';
    expect(unknownAiSwitches(doc, '/mypreferences/d/settings/data-for-ai-improvement')).toEqual([
      { kind: 'switch', label: 'Use my posts to train AI features', state: 'on', path: '/mypreferences/d/settings/data-for-ai-improvement' },
      { kind: 'switch', label: 'Allow generative AI drafts', state: 'off', path: '/mypreferences/d/settings/data-for-ai-improvement' },
    ]);
    expect(seenHere(doc).switches.map((s) => [s.kind, s.ties])).toEqual([
      ['input', ['aria-describedby']],
      ['switch', ['text']],
    ]);
  });
});
