import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findCaseNumber, watchCaseNumber } from '../../src/engine/form/receipt';
import { visibleText } from '../../src/engine/page/visible';
import { freshDocument } from './dom';

let doc: Document;
beforeEach(() => {
  doc = freshDocument();
});
afterEach(() => vi.useRealTimers());

describe('the case number on LinkedIn’s confirmation', () => {
  it('is read from visible text only, with its word and a digit', () => {
    doc.body.innerHTML = '<script>var t = "Case number: 999999-000000";</script><p hidden>Case number: 111111-1</p><main><h1>Help</h1></main>';
    expect(findCaseNumber(visibleText(doc.body))).toBeNull();
    doc.body.innerHTML = "<main><p>Thanks! We've received your request. Case number: 250123-004567</p></main>";
    expect(findCaseNumber(visibleText(doc.body))).toBe('250123-004567');
    doc.body.innerHTML = '<main><p>Merci ! Numéro de dossier : 250123-004567</p></main>';
    expect(findCaseNumber(visibleText(doc.body))).toBe('250123-004567');
    expect(findCaseNumber('Reference: ABCDEFG')).toBeNull();
  });

  it('is found when rendered late, and the watch gives up after its time', async () => {
    const found = watchCaseNumber(doc, 5_000);
    setTimeout(() => doc.body.insertAdjacentHTML('beforeend', '<p>Case number: 250123-004567</p>'), 10);
    expect(await found).toBe('250123-004567');
    vi.useFakeTimers();
    const none = watchCaseNumber(doc.implementation.createHTMLDocument(''), 5_000);
    await vi.advanceTimersByTimeAsync(5_001);
    expect(await none).toBeNull();
  });

  it('reads the page once, then only what each batch of changes added: bounded work on a big, busy page', async () => {
    // 1,500 nodes (jsdom is slow to build more), then 50 batches of churn (40 nodes each), as a busy page changes every frame.
    const bulk = doc.createElement('div');
    bulk.innerHTML = '<div><span>Post</span></div>'.repeat(500);
    doc.body.append(bulk);
    const churn = doc.createElement('div');
    doc.body.append(churn);
    const reads: Node[] = [];
    let characters = 0;
    const read = (node: Node) => {
      reads.push(node);
      const text = visibleText(node);
      characters += text.length;
      return text;
    };
    const found = watchCaseNumber(doc, 60_000, read);
    for (let batch = 0; batch < 50; batch++) {
      churn.replaceChildren(...Array.from({ length: 40 }, (_, i) => Object.assign(doc.createElement('span'), { textContent: `presence ${i}` })));
      await new Promise((r) => setTimeout(r, 0)); // let the observer see this batch
    }
    churn.firstChild!.firstChild!.nodeValue = 'changed text'; // a text change reads that text node only
    churn.append(Object.assign(doc.createElement('p'), { textContent: 'Case number: 250123-004567' }));
    expect(await found).toBe('250123-004567');
    expect(reads.filter((n) => n === doc.body)).toHaveLength(1); // the whole page, once
    expect(reads.length).toBe(1 + 50 * 40 + 2);
    expect(reads.slice(1).every((n) => n !== doc.body && n !== bulk && n !== churn)).toBe(true);
    const page = visibleText(doc.body).length;
    expect(characters).toBeLessThan(page + 50 * 40 * 20); // not 50 more readings of the page
  }, 30_000);
});

describe('visibleText, node by node', () => {
  it('a text node: its text, unless it sits in a script, style, code or hidden part', () => {
    doc.body.innerHTML = '<p id="p">Case</p><code id="c">x</code><div aria-hidden="true"><span id="h">y</span></div><style id="s">z</style>';
    expect(visibleText(doc.getElementById('p')!.firstChild!)).toBe('Case');
    for (const id of ['c', 'h', 's']) expect(visibleText(doc.getElementById(id)!.firstChild!)).toBe('');
    expect(visibleText(doc.createTextNode('loose'))).toBe('loose');
  });

  it('a hidden element, or one inside a hidden part, reads as nothing; so does a comment', () => {
    doc.body.innerHTML = '<p id="a" hidden>A</p><div hidden><p id="b">B</p></div><div aria-hidden="true"><p id="c">C</p></div><template id="t"></template>';
    for (const id of ['a', 'b', 'c', 't']) expect(visibleText(doc.getElementById(id)!)).toBe('');
    expect(visibleText(doc.createComment('Case number: 250123-004567'))).toBe('');
  });

  it('joins the visible texts with spaces, skipping hidden parts and data blocks but not their visible siblings', () => {
    doc.body.innerHTML =
      '<main><h1>Thanks</h1><div><b>Case</b><span hidden>secret</span><noscript>n</noscript><em>number</em></div><p aria-hidden="true">no</p><p>250123</p></main>';
    expect(visibleText(doc.querySelector('main')!)).toBe('Thanks Case number 250123');
  });
});

describe('findCaseNumber, pattern by pattern', () => {
  it.each([
    ['Case number: 250123-004567', '250123-004567'],
    ['Ticket #12345', '12345'],
    ['Request no. 98765', '98765'],
    ['Reference nr. A1B2C3', 'A1B2C3'],
    ['Demande n° 54321', '54321'],
    ['Zaak nummer 11223', '11223'],
    ['Vorgang 4455667', '4455667'],
    ['case number:12345', '12345'],
  ])('reads %s', (text, number) => {
    expect(findCaseNumber(text)).toBe(number);
  });

  it.each([
    ['no introducing word', '250123-004567'],
    ['too short', 'Case number: 1234'],
    ['no digit', 'Case number: ABCDEF'],
  ])('reads nothing with %s', (_, text) => {
    expect(findCaseNumber(text)).toBeNull();
  });
});

describe('watchCaseNumber, ending', () => {
  it('a number already on the page is read at once, with no watch left behind', async () => {
    vi.useFakeTimers();
    doc.body.innerHTML = '<p>Case number: 250123-004567</p>';
    expect(await watchCaseNumber(doc, 5_000)).toBe('250123-004567');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a number that appears by a change of text is read', async () => {
    vi.useFakeTimers();
    doc.body.innerHTML = '<p id="p">Case number: pending</p>';
    const found = watchCaseNumber(doc, 5_000);
    doc.getElementById('p')!.firstChild!.nodeValue = 'Case number: 250123-004567';
    await vi.advanceTimersByTimeAsync(0);
    expect(await found).toBe('250123-004567');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops watching when the time is up: a later number is not read', async () => {
    vi.useFakeTimers();
    const read = vi.fn(visibleText);
    const found = watchCaseNumber(doc, 1_000, read);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await found).toBeNull();
    read.mockClear();
    doc.body.insertAdjacentHTML('beforeend', '<p>Case number: 250123-004567</p>');
    await vi.advanceTimersByTimeAsync(0);
    expect(read).not.toHaveBeenCalled();
  });

  it('keeps watching past changes that bring no number', async () => {
    vi.useFakeTimers();
    const found = watchCaseNumber(doc, 5_000);
    doc.body.insertAdjacentHTML('beforeend', '<p>Loading</p>');
    await vi.advanceTimersByTimeAsync(100);
    doc.body.insertAdjacentHTML('beforeend', '<p>Loading</p><p>Case number: 250123-004567</p>');
    await vi.advanceTimersByTimeAsync(0);
    expect(await found).toBe('250123-004567');
  });
});

describe('findCaseNumber in each language: as a label, or inside a sentence with words between', () => {
  it.each([
    // English
    ['en', 'Case number: 250123-004567', '250123-004567'],
    ['en', 'Case #250123004567', '250123004567'],
    ['en', 'Your case number is 250123-004567.', '250123-004567'],
    ['en', 'We have received your request and assigned it reference number ABC-12345.', 'ABC-12345'],
    ['en', 'Thank you. Your request has been submitted with ticket ID 98765432.', '98765432'],
    // French
    ['fr', 'Numéro de dossier : 250123-004567', '250123-004567'],
    ['fr', 'Votre demande a bien été enregistrée sous la référence 250123-004567.', '250123-004567'],
    ['fr', 'Référence de votre demande : DPO-20250123-17', 'DPO-20250123-17'],
    // German
    ['de', 'Vorgangsnummer: 250123-004567', '250123-004567'],
    ['de', 'Ihre Anfrage wurde unter der Nummer 4455667 erfasst.', '4455667'],
    ['de', 'Ihr Fall hat das Aktenzeichen AZ-2025-0042.', 'AZ-2025-0042'],
    ['de', 'Ticket-Nr. 5566778', '5566778'],
    // Dutch
    ['nl', 'Zaaknummer: 250123-004567', '250123-004567'],
    ['nl', 'Uw verzoek is bij ons geregistreerd onder nummer 11223344.', '11223344'],
    ['nl', 'Referentienummer #A1B2C3D4', 'A1B2C3D4'],
    // Italian
    ['it', 'Numero di pratica: 250123-004567', '250123-004567'],
    ['it', 'La tua richiesta è stata registrata con il numero 998877.', '998877'],
    ['it', 'Il numero di riferimento della segnalazione è RIF-55667.', 'RIF-55667'],
    // Portuguese
    ['pt', 'Protocolo: 250123-004567', '250123-004567'],
    ['pt', 'Sua solicitação foi registrada com o número 20250123017.', '20250123017'],
    ['pt', 'O número do seu chamado é #778899.', '778899'],
    // Spanish
    ['es', 'Número de caso: 250123-004567', '250123-004567'],
    ['es', 'Hemos recibido tu solicitud con el número de expediente EXP-445566.', 'EXP-445566'],
    ['es', 'Tu número de referencia es 556677.', '556677'],
  ])('%s: %s', (_lang, text, number) => {
    expect(findCaseNumber(text)).toBe(number);
  });

  it('the first number introduced wins, on a page with several sentences', () => {
    expect(findCaseNumber('Thanks! We’ve received your request. Case number: 250123-004567. Reference your case when you write to us.')).toBe('250123-004567');
  });
});

describe('findCaseNumber never takes a date, a phone number, or a number no case word introduces', () => {
  it.each([
    ['an ISO date', 'Your request was received on 2025-01-23.'],
    ['a date with dashes', 'Demande reçue le 23-01-2025'],
    ['a phone number in one piece', 'Ticket 0800-123-4567'],
    ['a number to call', 'About your request: Call us on 0800-1234567.'],
    ['an international number', 'Für Ihre Anfrage erreichen Sie uns unter +49 30 1234567.'],
    ['a number with its area code in brackets', 'For your request, dial (555) 123-4567'],
    ['a number to call, in Italian', 'Per la tua richiesta chiama il 02-12345678'],
    ['a number to call, in Dutch', 'Over uw verzoek? Bel 020-1234567'],
    ['a number after the sentence ends', 'We received your request. 1234567 people use this form every year.'],
    ['a number after the sentence ends, a stop on a long word', 'Votre demande est enregistrée. 1234567 personnes utilisent ce formulaire.'],
    ['a number too far from its word', 'Your request has been received and will be handled by our privacy team within 123456'],
    ['a word that only looks like one', 'Falls Sie Fragen haben: 4455667'],
    ['no case word at all', 'Merci. 250123-004567'],
  ])('%s', (_why, text) => {
    expect(findCaseNumber(text)).toBeNull();
  });

  it('a date or a phone number does not hide the case number that follows in its own sentence', () => {
    expect(findCaseNumber('Request received 2025-01-23, case 250123-004567')).toBe('250123-004567');
    expect(findCaseNumber('Ticket 0800-123-4567 or 250123-004567')).toBe('250123-004567');
  });
});
