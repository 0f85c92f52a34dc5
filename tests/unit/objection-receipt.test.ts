import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findCaseNumber, visibleText, watchCaseNumber } from '../../src/core/objection-receipt';
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
