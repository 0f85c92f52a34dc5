// npm test: every step at once, as far as they can: the checks that need no browser side
// by side (each is mostly one core: typecheck, knip, the linters; the unit tests take
// both), and the browser tests as soon as both builds are there. The browser tests spend
// most of their time waiting on the extension's own timers (measured on the shared machine: their processes used
// about a third of two cores), so the checks run in that slack. Each check's output is
// printed whole when it ends, with its time; the browser tests print as they go. Any
// failure is named at the end and fails the run, once every step has finished.
//   TEST_STEPS=lint,typecheck  run only these steps (names as below); the browser tests
//   are the step "e2e". Arguments after `--` go to `playwright test`.
import { spawn } from 'node:child_process';

/** name -> command, and the steps it needs finished first. */
const STEPS = {
  lint: { run: 'npm run -s lint' },
  knip: { run: 'npm run -s knip' },
  typecheck: { run: 'npm run -s typecheck' },
  unit: { run: 'npm run -s test:unit' },
  'audit:deps': { run: 'npm run -s audit:deps' },
  build: { run: 'npm run -s build' },
  'build:firefox': { run: 'npm run -s build:firefox' },
  'lint:firefox': { run: 'node scripts/lint-firefox.mjs', after: ['build:firefox'] },
  e2e: { run: ['npx', 'playwright', 'test', ...process.argv.slice(2)], after: ['build', 'build:firefox'], inherit: true },
};

const only = process.env.TEST_STEPS?.split(',').map((s) => s.trim());
const names = Object.keys(STEPS).filter((name) => !only || only.includes(name));
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
  const needs = (step.after ?? []).filter((n) => names.includes(n));
  const result = Promise.all(needs.map(start)).then((ok) => {
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
