// A switch's state read from a control's accessible name, where a site shows it there
// (ChatGPT's opener: "Improve the model for everyone On"): only when the name is the row's
// label followed by one state word, in any of our languages. Anything else says nothing.
import { describe, expect, it } from 'vitest';
import { endingState } from '../../src/engine/page/text';
import { stateInName } from '../../src/engine/switch/open';
import { settingById } from '../../src/services';

const chatgpt = settingById('chatgpt-training')!;

describe('endingState', () => {
  it.each([
    ['Improve the model for everyone On', 'on'],
    ['Improve the model for everyone Off', 'off'],
    ['Improve the model for everyone: off.', 'off'],
    ['Utiliser mes données Oui', 'on'],
    ['Utiliser mes données Non', 'off'],
    ['Daten verwenden Ein', 'on'],
    ['Daten verwenden An', 'on'],
    ['Daten verwenden Aus', 'off'],
    ['Gegevens gebruiken Aan', 'on'],
    ['Gegevens gebruiken Uit', 'off'],
    ['Usa i miei dati Sì', 'on'],
    ['Usa i miei dati Attivato', 'on'],
    ['Usa i miei dati Disattivato', 'off'],
    ['Usar meus dados Sim', 'on'],
    ['Usar meus dados Não', 'off'],
    ['Usar meus dados Ativada', 'on'],
    ['Usar meus dados Desativada', 'off'],
    ['Usar mis datos Activado', 'on'],
    ['Usar mis datos Desactivado', 'off'],
    ['Usar mis datos Yes', 'on'],
    ['Usar mis datos No', 'off'],
  ] as const)('"%s" ends %s', (text, state) => {
    expect(endingState(text)).toBe(state);
  });

  it.each([
    ['no state word', 'Improve the model for everyone'],
    ['a state word that is not last', 'On for everyone'],
    ['both words (a text that says both says nothing)', 'Improve the model On Off'],
    ['both words the other way', 'Improve the model Off On'],
    ['nothing at all', ''],
  ])('nothing from %s', (_why, text) => {
    expect(endingState(text)).toBeNull();
  });
});

/** A button with this text. */
function button(text: string): HTMLButtonElement {
  const el = document.createElement('button');
  el.innerHTML = text;
  return el;
}

describe('stateInName', () => {
  it('the row’s label and a state word: that state', () => {
    expect(stateInName(button('<div>Improve the model for everyone</div><div>On</div>'), chatgpt)).toBe('on');
    expect(stateInName(button('Improve the model for everyone<br>Off'), chatgpt)).toBe('off');
  });

  it.each([
    ['a bare state word (which switch?)', 'On'],
    ['the label without a state', 'Improve the model for everyone'],
    ['another setting with a state', 'Reference saved memories On'],
    ['the label negated, with a state', 'Don’t improve the model for everyone Off'],
    ['the label with both states', 'Improve the model for everyone On Off'],
  ])('nothing from %s', (_why, text) => {
    expect(stateInName(button(text), chatgpt)).toBeNull();
  });
});
