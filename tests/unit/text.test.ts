// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { allLabels } from '../../src/engine/switch/labels';
import { GENERATIVE_AI } from '../../src/services/linkedin/switches';
import { contentWords, isNegated, labelScore, MATCH_THRESHOLD, normalize } from '../../src/engine/page/text';

const labels = allLabels(GENERATIVE_AI);

describe('normalize', () => {
  it('folds case, accents, apostrophes and punctuation', () => {
    expect(normalize("  Données pour l’amélioration de l'IA générative! ")).toBe('donnees pour l amelioration de l ia generative');
    expect(normalize('KI-Modellen')).toBe('ki modellen');
  });
  it('keeps digits', () => {
    expect(normalize('Top 10 KI-Modelle 2025')).toBe('top 10 ki modelle 2025');
  });
  it('turns each run of spaces and punctuation into one space', () => {
    expect(normalize('Use — my   data…  (AI)')).toBe('use my data ai');
  });
});

describe('contentWords', () => {
  it('drops function words and state words at the edges, keeps a negation', () => {
    expect([...contentWords('Use my data for training content creation AI models On').words]).toEqual([
      'use',
      'data',
      'train',
      'conte',
      'creat',
      'ai',
      'model',
    ]);
    expect(contentWords('Non Utiliser mes données').negated).toBe(false);
    expect(contentWords('Ne pas utiliser mes données').negated).toBe(true);
  });
});

describe('a hyphenated "non-" prefix', () => {
  it('is part of its word, not a negation of the label (the cookie switch: "Allow non-essential cookies")', () => {
    expect(contentWords('Allow non-essential cookies')).toEqual({ words: new Set(['allow', 'nones', 'cooki']), negated: false });
    expect(contentWords('Allow non\u2011personalised ads').negated).toBe(false);
    // Written apart, as French does, it is the same prefix.
    expect(contentWords('Autoriser les cookies non essentiels')).toEqual({ words: new Set(['autor', 'cooki', 'nones']), negated: false });
    // A leading "Non" is the state LinkedIn prints, and other negations still negate.
    expect(contentWords('Non Autoriser les cookies').words).toEqual(new Set(['autor', 'cooki']));
    expect(contentWords('Do not allow cookies').negated).toBe(true);
    expect(contentWords('Ne pas autoriser les cookies').negated).toBe(true);
  });

  it('written apart across a line break and indentation (a label’s text as the markup has it), it is still the prefix', () => {
    expect(contentWords('Autoriser les cookies\n        non\n        essentiels')).toEqual({ words: new Set(['autor', 'cooki', 'nones']), negated: false });
  });
});

describe('state words at the edges', () => {
  it('a trailing "No" or "Off" is neither a negation nor a content word', () => {
    const plain = contentWords('Use my data for training content creation AI models');
    for (const state of ['No', 'Off', 'Non', 'Aus']) {
      const read = contentWords(`Use my data for training content creation AI models ${state}`);
      expect(read.negated, state).toBe(false);
      expect(read.words, state).toEqual(plain.words);
    }
  });
  it('a state word inside the label is kept', () => {
    expect(contentWords('Use yes data').words).toEqual(new Set(['use', 'yes', 'data']));
  });
});

describe('contentWords of nothing', () => {
  it('an empty or punctuation-only text has no content words', () => {
    expect(contentWords('').words.size).toBe(0);
    expect(contentWords(' – ! ').words.size).toBe(0);
  });
});

describe('labelScore', () => {
  it.each([
    ['the English label', 'Use my data for training content creation AI models'],
    ['upper case with trailing state word', 'USE MY DATA FOR TRAINING CONTENT CREATION AI MODELS Off'],
    ['French with "les" and a curly apostrophe', 'Utiliser mes données pour entraîner les modèles d’IA de création de contenu'],
    ['French without accents', "Utiliser mes donnees pour entrainer des modeles d'IA de creation de contenu"],
    ['German', 'Ihre Daten zum Schulen von KI-Modellen verwenden, um Inhalte zu erstellen'],
    ['Dutch', 'Mijn gegevens gebruiken voor training van AI-modellen waarmee content wordt gemaakt'],
    ['Italian', 'Usa i miei dati per addestrare i modelli di IA per la creazione di contenuti'],
    ['Portuguese', 'Usar meus dados para treinar modelos de IA para criar conteúdos'],
    ['Spanish (unverified wording)', 'Usar mis datos para entrenar modelos de IA de creación de contenido'],
    ['small drift: one word changed', 'Use my data for training content generation AI models'],
    ['small drift: plural and order', 'Use my data for training AI models for content creation'],
  ])('accepts %s', (_, text) => {
    expect(labelScore(text, labels)).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  it.each([
    ['another AI setting without "content creation"', 'Use my data for training AI models'],
    ['the research setting', 'Use my data for research with trusted third parties'],
    ['a negated label', 'Do not use my data for training content creation AI models'],
    ['a French negation', "Ne pas utiliser mes données pour entraîner des modèles d'IA de création de contenu"],
    ['a German negation', 'Ihre Daten nicht zum Schulen von KI-Modellen verwenden, um Inhalte zu erstellen'],
    ['a label with a qualifier of two words', 'Use my data for training content creation AI models of our partners abroad'],
    ['an empty label', ''],
    ['the state word alone', 'On'],
  ])('rejects %s', (_, text) => {
    expect(labelScore(text, labels)).toBeLessThan(MATCH_THRESHOLD);
  });

  it('an empty label never matches, even an empty known label (a missing translation)', () => {
    expect(labelScore('', [''])).toBe(0);
    expect(labelScore('On', ['', 'On'])).toBe(0);
  });

  it('takes the best of the known labels, whatever their order', () => {
    const text = 'Use my data for training content generation AI models';
    const score = labelScore(text, labels);
    expect(score).toBeGreaterThan(0);
    expect(labelScore(text, [...labels].reverse())).toBe(score);
    expect(labelScore(text, ['Use my data for research', ...labels, 'Something else entirely'])).toBe(score);
  });

  it('gives 1 to an exact label up to case and punctuation', () => {
    expect(labelScore('use my data, for training content-creation AI models.', labels)).toBe(1);
  });
});

describe('labelScore remembers scores per list, never across lists', () => {
  it('the same text scored against two lists gets each list’s score', () => {
    const text = 'Use my data for training content creation AI models';
    expect(labelScore(text, [text])).toBe(1);
    expect(labelScore(text, ['Share data with select partners'])).toBeLessThan(MATCH_THRESHOLD);
    expect(labelScore(text, [text])).toBe(1);
  });
});

describe('labelScore, exactly', () => {
  const known = ['alpha bravo charlie delta echoes'];

  it('is the smaller of the two shares of words in common', () => {
    expect(labelScore('alpha bravo charlie', known)).toBe(3 / 5);
    expect(labelScore('alpha bravo charlie delta echoes foxtrot', known)).toBe(5 / 6);
    expect(labelScore('alpha bravo charlie delta echoes foxtrot golfs', known)).toBe(5 / 7);
  });

  it('compares words by their first five letters (plural endings and the like)', () => {
    expect(labelScore('alphas bravos', ['alpha bravo'])).toBe(1);
    expect(contentWords('Trainings contents').words).toEqual(new Set(['train', 'conte']));
  });

  it('a text with only function words scores 0 against a label of only function words', () => {
    expect(labelScore('the of and', ['for to my'])).toBe(0);
  });
});

describe('labelScore keeps its memory bounded', () => {
  it('remembers at most 2,000 texts per list, then starts afresh, with the same scores', () => {
    const list = ['alpha bravo charlie delta echoes'];
    const clear = vi.spyOn(Map.prototype, 'clear');
    for (let i = 0; i < 2_000; i++) labelScore(`alpha bravo text${i}`, list);
    expect(clear).not.toHaveBeenCalled();
    labelScore('alpha bravo charlie delta', list);
    expect(clear).toHaveBeenCalledTimes(1);
    clear.mockRestore();
    expect(labelScore('alpha bravo charlie delta', list)).toBe(0.8);
    expect(labelScore('alpha bravo text1', list)).toBe(2 / 5);
  });
});

describe('isNegated, remembered per text', () => {
  it('says whether a text negates, the same the first time and every time after', () => {
    for (let i = 0; i < 2; i++) {
      expect(isNegated('Do not use my data for training')).toBe(true);
      expect(isNegated('Use my data for training')).toBe(false);
      expect(isNegated('Cookies non essentiels')).toBe(false);
    }
  });

  it('analyses each text once', () => {
    const set = vi.spyOn(Map.prototype, 'set');
    isNegated('Only once, this text');
    isNegated('Only once, this text');
    expect(set).toHaveBeenCalledTimes(1);
    set.mockRestore();
  });

  it('remembers at most 2,000 texts, then starts afresh, with the same answers', () => {
    const clear = vi.spyOn(Map.prototype, 'clear');
    isNegated('Never share my data');
    for (let i = 0; i < 2_000; i++) isNegated(`a text ${i} of little weight`);
    expect(clear).toHaveBeenCalledTimes(1);
    clear.mockRestore();
    expect(isNegated('Never share my data')).toBe(true);
    expect(isNegated('a text 1 of little weight')).toBe(false);
  });
});
