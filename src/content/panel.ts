// A small, dismissible panel on an objection form: what the prefill did and what is
// left by hand, with copy buttons for the exact texts, and a ring around the form's Submit.
// Built node by node (never from HTML strings) inside a closed shadow root: the site's
// styles and ours never mix, and the site can neither read nor rewrite what we tell the
// user. Its buttons answer only the user's own clicks (trusted events), and nothing of ours
// is written on the site's elements: the ring is drawn in our root, over the Submit.
import type { MessageKey } from '../generated/message-keys';
import type { ObjectionForm } from '../engine/form/model';
import type { PrefillReport } from '../engine/form/terms';
import { isReady, type Quote, todoItems } from '../engine/form/todo';
import { t } from './runtime';

/** An element with attributes (and an optional click handler) and children. */
function el(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function button(attrs: Record<string, string>, label: string, onClick: () => void): HTMLElement {
  const node = el('button', { type: 'button', ...attrs }, label);
  node.addEventListener('click', (event) => event.isTrusted && onClick());
  return node;
}

// Written tight: it travels in the content script.
const STYLE = `:host{all:initial}
.panel{position:fixed;z-index:2147483647;right:16px;bottom:16px;width:340px;max-height:70vh;overflow:auto;font:14px/1.45 system-ui,sans-serif;color:#1f1f1f;background:#fff;border:2px solid #125e59;border-radius:10px;box-shadow:0 6px 24px #0004;padding:12px 14px}
h2{font-size:15px;margin:0 28px 8px 0}
ul{margin:0;padding-left:18px}
li{margin:4px 0}
li.done{color:#137333}
q{display:block;font-style:italic;margin:2px 0}
button{font:inherit;cursor:pointer}
.copy{border:1px solid #125e59;background:#fff;color:#125e59;border-radius:6px;padding:1px 8px;font-size:12px}
.ring{position:absolute;pointer-events:none;outline:4px solid #125e59;outline-offset:4px}
.close{position:absolute;top:8px;right:10px;border:none;background:none;font-size:20px;line-height:1;color:#5f6368}
p{margin:8px 0 0}
@media (prefers-color-scheme:dark){.panel{background:#1e1f20;color:#e8eaed}.copy{background:#1e1f20;color:#7fd1c7;border-color:#7fd1c7}li.done{color:#81c995}}`;

const settled = (r: string | undefined) => r === 'done' || r === 'already';

/** What the prefill did, as lines of the panel. */
function doneKeys(report: PrefillReport): MessageKey[] {
  return [
    settled(report.option) && 'panelDoneOption',
    settled(report.confirmation) && 'panelDoneBox',
    settled(report.firstName) && settled(report.lastName) && 'panelDoneName',
    settled(report.email) && 'panelDoneEmail',
    settled(report.country) && 'panelDoneCountry',
    settled(report.explanation) && 'panelDoneExplanation',
  ].filter((k): k is MessageKey => typeof k === 'string');
}

/** Show the panel, and a ring around `submit` (never clicked); returns the host element (removed by its close button). */
export function showPanel(report: PrefillReport | null, form: ObjectionForm, texts: Partial<Record<Quote, string>>, submit?: HTMLElement | null): HTMLElement {
  document.getElementById('ai-optout-panel')?.remove();
  const host = el('div', { id: 'ai-optout-panel' });
  const root = host.attachShadow({ mode: 'closed' });
  const done = report ? doneKeys(report).map((key) => el('li', { class: 'done' }, '✓ ', t(key))) : [];
  const copy = (text: string) => button({ class: 'copy' }, t('panelCopy'), () => void navigator.clipboard.writeText(text));
  const todo = todoItems(report, form).map(({ todo, message, copy: quote }) => {
    const exact = quote ? texts[quote] : null;
    return el('li', { 'data-todo': todo }, t(message), ...(exact ? [el('q', {}, exact), copy(exact)] : []));
  });
  const panel = el(
    'section',
    { class: 'panel', role: 'dialog', 'aria-label': t('extName') },
    button({ class: 'close', title: t('panelClose'), 'aria-label': t('panelClose') }, '×', () => host.remove()),
    el('h2', {}, t(!report ? 'panelNoForm' : isReady(report, form) ? 'panelReady' : 'panelPartial')),
    el('ul', {}, ...done, ...todo),
    el('p', {}, t('panelNeverSubmit')),
  );
  root.append(el('style', {}, STYLE), panel);
  if (submit) ringAround(submit, root);
  document.body.append(host);
  return host;
}

/**
 * Bring Submit into view and draw a ring over it, in our root; it is never clicked. Placed
 * in the page's coordinates (our host is not positioned), the ring scrolls with the page.
 */
function ringAround(submit: HTMLElement, root: ShadowRoot): void {
  submit.scrollIntoView();
  const box = submit.getBoundingClientRect();
  const ring = el('div', { class: 'ring' });
  ring.style.cssText = `left:${box.left + scrollX}px;top:${box.top + scrollY}px;width:${box.width}px;height:${box.height}px`;
  root.append(ring);
}
