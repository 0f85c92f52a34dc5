// Issue 37, the objection form's page side, the pure parts: the run's form and its fields
// (finding 8), no write once the page moved (3), no receipt without the user's own submit
// and only from what replaced the form (4), the confirmation watch paced and bounded (6).
// The browser tests against the built extension: tests/e2e/objection-attacks.spec.ts and
// src/services/meta/meta.spec.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { prefillObjection, runForm } from '../../src/engine/form/prefill';
import { CONFIRM_PACE_MS, CONFIRM_WAIT_MS, waitForConfirmation, watchUserSubmit } from '../../src/engine/form/submitted';
import { writeOnlyWhile, writeValue } from '../../src/engine/form/write';
import { META_FORMS } from '../../src/services/meta/forms';
import { freshDocument } from './dom';

const FACEBOOK = META_FORMS[0]!;
const PROFILE = { firstName: '', lastName: '', email: 'camille@example.org', country: 'FR', explanation: 'I object.' };

let doc: Document;
beforeEach(() => {
  doc = freshDocument();
});
afterEach(() => {
  writeOnlyWhile(() => true);
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Meta's form (without its e-mail field unless `email`), after a newsletter form with its own e-mail field. */
function page({ email = false, extra = '' } = {}) {
  doc.body.innerHTML = `
    <form id="newsletter"><label for="n-email">Email address</label><input id="n-email" type="email"></form>
    <div id="place"><form id="meta">
      ${email ? '<label for="m-email">Contact email address</label><input id="m-email" type="email">' : ''}
      ${extra}
      <label for="m-country">Country of residence</label><select id="m-country"><option value="">Select</option><option value="FR">France</option></select>
      <label for="m-explanation">Please explain how this processing impacts you</label><textarea id="m-explanation"></textarea>
      <button type="submit" id="m-submit">Send</button>
    </form></div>
    <footer>Thanks for contacting us</footer>`;
}
const value = (id: string) => (doc.getElementById(id) as HTMLInputElement).value;

describe('the run’s form and its fields only (finding 8)', () => {
  it('the run’s form is the one holding most of its fields, not the newsletter before it', () => {
    page();
    expect(runForm(doc, FACEBOOK)?.id).toBe('meta');
  });

  it('two forms holding as many of its fields: none, nothing is typed anywhere', () => {
    page({ email: true });
    const twin = doc.createElement('div');
    twin.innerHTML = doc
      .getElementById('place')!
      .innerHTML.replace(/id="m-/g, 'id="t-')
      .replace(/for="m-/g, 'for="t-');
    doc.body.append(twin);
    expect(runForm(doc, FACEBOOK)).toBeNull();
  });

  it('the form without its e-mail field: the newsletter’s e-mail field gets nothing, and the report says "missing"', async () => {
    page();
    const report = await prefillObjection(doc, PROFILE, FACEBOOK, runForm(doc, FACEBOOK)!);
    expect(report).toMatchObject({ email: 'missing', country: 'done', explanation: 'done' });
    expect(value('n-email')).toBe('');
  });

  it.each([
    ['off the page (left: -9999px)', '<label for="x">Email</label><input id="x" type="email" class="off">'],
    ['disabled', '<label for="x">Email</label><input id="x" type="email" disabled>'],
    ['hidden', '<label for="x">Email</label><input id="x" type="email" hidden>'],
    ['in a disabled fieldset', '<fieldset disabled><label for="x">Email</label><input id="x" type="email"></fieldset>'],
  ])('an e-mail field %s in the form is not one a person could type into: nothing typed', async (_, extra) => {
    page({ extra });
    const off = doc.querySelector('.off');
    if (off) vi.spyOn(off, 'getBoundingClientRect').mockReturnValue({ left: -9999, right: -9799, top: 10, bottom: 30, width: 200, height: 20 } as DOMRect);
    const report = await prefillObjection(doc, PROFILE, FACEBOOK, runForm(doc, FACEBOOK)!);
    expect(report.email).toBe('missing');
    expect(value('x')).toBe('');
    expect(value('n-email')).toBe('');
  });
});

describe('no write once the page moved (finding 3)', () => {
  it('every write asks first: a "no" writes nothing and stops the prefill', async () => {
    page({ email: true });
    let here = true;
    writeOnlyWhile(() => here);
    // The page moves (a history push) as soon as the first field is typed into.
    doc.getElementById('m-email')!.addEventListener('input', () => {
      here = false;
    });
    await expect(prefillObjection(doc, PROFILE, FACEBOOK, runForm(doc, FACEBOOK)!)).rejects.toThrow('moved');
    expect(value('m-email')).toBe('camille@example.org');
    expect(value('m-country')).toBe('');
    expect(value('m-explanation')).toBe('');
  });

  it('a write refused leaves the field as it was', () => {
    page({ email: true });
    writeOnlyWhile(() => false);
    expect(() => writeValue(doc.getElementById('m-email') as HTMLInputElement, 'x')).toThrow('moved');
    expect(value('m-email')).toBe('');
  });
});

describe('a receipt needs the user’s own submit, read from what replaced the form (finding 4)', () => {
  /** What the page does once its form is submitted: replace it with `text`. */
  function replaceOnSubmit(text: string) {
    const form = doc.getElementById('meta')!;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const done = doc.createElement('div');
      done.textContent = text;
      form.replaceWith(done);
    });
  }

  it('the page submitting its own form (requestSubmit, a script’s click) and saying thanks is no submit of the user’s', () => {
    page({ email: true });
    const form = doc.getElementById('meta') as HTMLFormElement;
    const user = watchUserSubmit(form, () => doc.getElementById('m-submit'));
    replaceOnSubmit('Thanks for contacting us');
    doc.getElementById('m-submit')!.click(); // a script's click: untrusted
    expect(form.isConnected).toBe(false);
    expect(user.replacement()).toBeNull();
    user.stop();
  });

  it('the confirmation’s words anywhere else on the page are never read: the watch ends after 5 minutes with nothing', async () => {
    vi.useFakeTimers();
    page({ email: true });
    const form = doc.getElementById('meta') as HTMLFormElement;
    replaceOnSubmit('Thanks for contacting us');
    const done = waitForConfirmation(form, FACEBOOK, () => true);
    form.requestSubmit();
    await vi.advanceTimersByTimeAsync(CONFIRM_WAIT_MS);
    await expect(done).resolves.toBeNull();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('the page leaving the form’s address ends the watch at once', async () => {
    vi.useFakeTimers();
    page({ email: true });
    let here = true;
    const done = waitForConfirmation(doc.getElementById('meta')!, FACEBOOK, () => here);
    here = false;
    doc.getElementById('place')!.append(doc.createElement('p')); // the page re-renders around the form
    await vi.advanceTimersByTimeAsync(CONFIRM_PACE_MS);
    await expect(done).resolves.toBe(false);
  });
});

describe('the confirmation watch, paced and bounded (finding 6)', () => {
  it('a page changing every 10 ms for 5 minutes: a look per 250 ms at most, none of them a walk of the page, and the watch is over', async () => {
    vi.useFakeTimers();
    page({ email: true });
    const place = doc.getElementById('place')!;
    const walks = vi.spyOn(doc, 'createTreeWalker');
    const looks = vi.fn(() => true);
    let batches = 0;
    const added: Element[] = [];
    const churn = setInterval(() => {
      batches++;
      const p = doc.createElement('p');
      p.textContent = `tick ${batches}`;
      place.append(p);
      added.push(p);
      if (added.length > 20) added.shift()!.remove();
    }, 10);
    let result: unknown = 'pending';
    void waitForConfirmation(doc.getElementById('meta')!, FACEBOOK, looks).then((r) => (result = r));
    await vi.advanceTimersByTimeAsync(CONFIRM_WAIT_MS - 1);
    expect(result).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    clearInterval(churn);
    expect(result).toBeNull(); // 5 minutes, not 30
    console.log(`confirmation watch: ${looks.mock.calls.length} looks in 5 min of churn (${batches} batches), ${walks.mock.calls.length} tree walks`);
    expect(looks.mock.calls.length).toBeLessThanOrEqual(CONFIRM_WAIT_MS / CONFIRM_PACE_MS + 1);
    expect(walks).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  }, 120_000);
});
