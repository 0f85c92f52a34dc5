// Generated sections of the docs: the text between two HTML-comment markers of a Markdown
// file, written by a script (npm run readme:bench, npm run mutation, npm run readme:services)
// and never typed by hand. One reader and one writer for all of them.
import { readFileSync, writeFileSync } from 'node:fs';

/** `text` with what lies between `start` and `end` replaced by `section`. */
export function withSection(text, start, end, section) {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`no "${start}" ... "${end}" section`);
  return `${text.slice(0, from + start.length)}\n${section}\n${text.slice(to)}`;
}

/** Write `section` between the markers of `file`; whether the file changed. */
export function writeSection(file, start, end, section) {
  const text = readFileSync(file, 'utf8');
  const next = withSection(text, start, end, section);
  if (next !== text) writeFileSync(file, next);
  return next !== text;
}
