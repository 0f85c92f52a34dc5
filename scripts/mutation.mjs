// `npm run mutation`: StrykerJS on the engine and the services' logic (see stryker.config.mjs),
// then the score of each file, printed and written into docs/testing.md between the markers
// below, so the figures there are produced by this command and never typed. Fails when
// Stryker fails or any single file scores under the break threshold.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import config from '../stryker.config.mjs';
import { writeSection } from './sections.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const reportPath = `${root}${config.jsonReporter.fileName}`;
const pagePath = `${root}docs/testing.md`;
const START = '<!-- mutation-scores:start (written by npm run mutation) -->';
const END = '<!-- mutation-scores:end -->';
const BREAK = config.thresholds.break;

/** Per-file counts and score, as Stryker counts them: timeouts are detected, errors and ignored do not count. */
export function scoresOf(report) {
  return Object.entries(report.files)
    .map(([path, file]) => {
      const n = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, Ignored: 0, CompileError: 0, RuntimeError: 0 };
      for (const m of file.mutants) n[m.status] = (n[m.status] ?? 0) + 1;
      const detected = n.Killed + n.Timeout;
      const valid = detected + n.Survived + n.NoCoverage;
      return { path: path.replace(/\\/g, '/'), ...n, detected, valid, score: valid ? (100 * detected) / valid : 100 };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** A file whose every mutant is static (data tables, ignored) has no score: shown as a dash. */
export function table(rows) {
  const lines = [
    '| file | score | killed | survived | no test | ignored |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| \`${r.path}\` | ${r.valid ? `${r.score.toFixed(1)}%` : '—'} | ${r.detected} | ${r.Survived} | ${r.NoCoverage} | ${r.Ignored} |`),
  ];
  const detected = rows.reduce((s, r) => s + r.detected, 0);
  const valid = rows.reduce((s, r) => s + r.valid, 0);
  lines.push(
    `| **all** | **${((100 * detected) / valid).toFixed(1)}%** | ${detected} | ${rows.reduce((s, r) => s + r.Survived, 0)} | ${rows.reduce((s, r) => s + r.NoCoverage, 0)} | ${rows.reduce((s, r) => s + r.Ignored, 0)} |`,
  );
  return lines.join('\n');
}

const onlyReport = process.argv.includes('--report-only');
const started = Date.now();
let strykerFailed = false;
if (!onlyReport) {
  const run = spawnSync(process.execPath, [`${root}node_modules/@stryker-mutator/core/bin/stryker.js`, 'run', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
  });
  strykerFailed = run.status !== 0;
  if (!existsSync(reportPath) || statSync(reportPath).mtimeMs < started) {
    console.error(`mutation: Stryker wrote no new report at ${reportPath}`);
    process.exit(1);
  }
}

const rows = scoresOf(JSON.parse(readFileSync(reportPath, 'utf8')));
const markdown = table(rows);
console.log(`\nMutation score per file (break at ${BREAK}%):\n\n${markdown}\n`);
writeSection(pagePath, START, END, markdown);
const low = rows.filter((r) => r.score < BREAK);
if (low.length) console.error(`mutation: under ${BREAK}%: ${low.map((r) => `${r.path} ${r.score.toFixed(1)}%`).join(', ')}`);
process.exit(strykerFailed || low.length ? 1 : 0);
