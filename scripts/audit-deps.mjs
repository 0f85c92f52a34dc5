// `npm audit --omit=dev`, for the packages that ship in the extension. Where the registry
// has no audit endpoint (this project's build machines answer 405), it says so plainly
// and checks what it can offline: the shipped dependency tree is exactly the three
// direct packages, pinned, with nothing pulled in behind them.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const audit = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report = null;
try {
  report = JSON.parse(audit.stdout);
} catch {
  // not JSON: no answer from the registry
}
if (report?.metadata?.vulnerabilities) {
  const v = report.metadata.vulnerabilities;
  const total = Object.values(v).reduce((a, b) => a + b, 0);
  console.log(`npm audit --omit=dev: ${total} vulnerabilities`, v);
  process.exit(total === 0 ? 0 : 1);
}
const why = report?.message ?? audit.stderr.trim().split('\n').at(-1) ?? 'no answer';
console.warn(`npm audit --omit=dev: no audit endpoint here (${why.slice(0, 120)}); checking the shipped tree offline.`);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const tree = JSON.parse(execFileSync('npm', ['ls', '--omit=dev', '--all', '--json'], { encoding: 'utf8' }));
const names = Object.keys(tree.dependencies ?? {}).sort();
const expected = Object.keys(pkg.dependencies).sort();
// Installed ones only: preact's optional peer (preact-render-to-string) is not installed.
const transitive = Object.values(tree.dependencies ?? {}).flatMap((d) =>
  Object.entries(d.dependencies ?? {})
    .filter(([, dep]) => dep.version)
    .map(([n]) => n),
);
const unpinned = Object.entries(pkg.dependencies).filter(([, v]) => !/^\d+\.\d+\.\d+$/.test(v));
const ok = JSON.stringify(names) === JSON.stringify(expected) && transitive.length === 0 && unpinned.length === 0;
console.log(
  `shipped dependencies: ${names.map((n) => `${n}@${tree.dependencies[n].version}`).join(', ')}; transitive: ${transitive.length}; unpinned: ${unpinned.length}`,
);
process.exit(ok ? 0 : 1);
