// npm test: every step side by side as far as is safe, each check's output printed whole
// when it ends, with its time (the browser tests print as they go). First the generated
// texts, then the unit tests (both cores) and the two builds; then the browser tests, and
// beside them the checks that have no clock to miss (Biome, knip, the import rules, tsc, the
// dependency audit, web-ext lint). The browser
// tests spend most of their time waiting on the extension's own timers (measured on the
// shared machine: their processes used about a third of two cores), so those checks run in
// that slack. The unit tests do not: run beside the browsers on a loaded machine, their
// jsdom pages missed their time limits. Any failure is named at the end and fails the run,
// once every step has finished.
//   TEST_STEPS=lint,typecheck  run only these steps (names as below; the generated texts are
//   always written first); the browser tests are the step "e2e". Arguments after `--` go to `playwright test`.
import { spawn } from 'node:child_process';

/** name -> command; `needs`: steps that must have passed first; `after`: steps that must have ended first. */
const STEPS = {
  // The generated texts and typed keys (scripts/locales.mjs), once, before anything reads them
  // (the steps below call their tools directly, so no npm pre-script writes them again meanwhile).
  locales: { run: 'node scripts/locales.mjs --quiet' },
  unit: { run: 'npx vitest run', needs: ['locales'] },
  build: { run: 'npx vite build', needs: ['locales'] },
  'build:firefox': { run: 'npx vite build --mode firefox', needs: ['locales'] },
  e2e: { run: ['npx', 'playwright', 'test', ...process.argv.slice(2)], needs: ['build', 'build:firefox'], after: ['unit'], inherit: true },
  lint: { run: 'npm run -s lint', after: ['unit'] },
  knip: { run: 'npm run -s knip', after: ['unit'] },
  deps: { run: 'npm run -s deps', after: ['unit'] },
  typecheck: { run: 'npx tsc --noEmit', needs: ['locales'], after: ['unit'] },
  'audit:deps': { run: 'npm run -s audit:deps', after: ['unit'] },
  'lint:firefox': { run: 'node scripts/lint-firefox.mjs', needs: ['build:firefox'], after: ['unit'] },
};

const only = process.env.TEST_STEPS?.split(',').map((s) => s.trim());
// The generated texts are written whatever steps are named: every other step reads them.
const names = Object.keys(STEPS).filter((name) => !only || name === 'locales' || only.includes(name));
const unknown = only?.filter((name) => !(name in STEPS)) ?? [];
if (unknown.length) {
  console.error(`TEST_STEPS: no step ${unknown.join(', ')}; the steps are ${Object.keys(STEPS).join(', ')}`);
  process.exit(2);
}

const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** Run one step; resolves with whether it passed. Output is kept and printed at the end (or streamed). */
function run(name) {
  const step = STEPS[name];
  const [command, ...args] = Array.isArray(step.run) ? step.run : step.run.split(' ');
  const since = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: step.inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '1' } });
    const out = [];
    child.stdout?.on('data', (chunk) => out.push(chunk));
    child.stderr?.on('data', (chunk) => out.push(chunk));
    child.on('error', (error) => out.push(Buffer.from(String(error))));
    child.on('close', (code) => {
      const passed = code === 0;
      if (out.length) process.stdout.write(`\n── ${name} ──\n${Buffer.concat(out).toString()}`);
      console.log(`── ${name}: ${passed ? 'passed' : `FAILED (exit ${code})`} in ${seconds(since)} ──`);
      resolve(passed);
    });
  });
}

const done = new Map(); // name -> Promise<boolean>
function start(name) {
  if (done.has(name)) return done.get(name);
  const step = STEPS[name];
  const selected = (list = []) => list.filter((n) => names.includes(n));
  const result = Promise.all(selected(step.after).map(start))
    .then(() => Promise.all(selected(step.needs).map(start)))
    .then((ok) => {
      if (ok.every(Boolean)) return run(name);
      console.log(`── ${name}: not run (a step it needs failed) ──`);
      return false;
    });
  done.set(name, result);
  return result;
}

const passed = await Promise.all(names.map(start));
const failed = names.filter((_, i) => !passed[i]);
console.log(`\nnpm test: ${failed.length ? `FAILED: ${failed.join(', ')}` : 'all passed'} in ${seconds(started)}`);
process.exit(failed.length ? 1 : 0);
