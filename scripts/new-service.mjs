// npm run new-service -- <id> [--name "Display Name"]: a new service's folder,
// src/services/<id>/, written from the templates in scripts/new-service/ (its data, texts,
// replica, browser spec, unit test and facts), and listed in the registry
// (src/services/index.ts), and the README's generated table of services rewritten. Nothing
// else is touched. What only a person can write from the
// facts (the origin, the labels, the replica's page) is marked TODO(new-service): the
// registry test fails until each is written, so a scaffold never passes as a service.
// `--root <dir>` writes into another checkout (the scaffold's own unit test uses it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TEMPLATES = fileURLToPath(new URL('./new-service/', import.meta.url));
const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** What marks a part only a person can write from the facts; the registry test fails while one is left. */
export const TODO = 'TODO(new-service)';
// An id becomes a variable's name in the registry: no word the language keeps for itself.
const RESERVED = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await'.split(
    ' ',
  ),
);

/** The files under `dir` that still hold a scaffold's to-do, as paths relative to it. */
export function todosIn(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && readFileSync(join(f.parentPath, f.name), 'utf8').includes(TODO))
    .map((f) => join(f.parentPath, f.name).slice(dir.length + 1))
    .sort();
}
/** Template file -> the file it becomes in the service's folder. */
const FILES = {
  'service.ts.tpl': () => 'service.ts',
  'texts.mjs.tpl': () => 'texts.mjs',
  'replica.mjs.tpl': () => 'replica.mjs',
  'spec.ts.tpl': (id) => `${id}.spec.ts`,
  'test.ts.tpl': (id) => `${id}.test.ts`,
  'facts.md.tpl': () => 'facts.md',
};

const camel = (id) => id.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());

/** The registry with the new service's import line (in order) and its entry (last). */
export function listed(registry, id) {
  const name = camel(id);
  const line = `import ${name} from './${id}/service';`;
  const lines = registry.split('\n');
  const imports = lines.map((l, i) => [l, i]).filter(([l]) => /^import \w+ from '\.\/[^/]+\/service';$/.test(l));
  if (!imports.length) throw new Error('src/services/index.ts: no service import line found');
  const after = imports.filter(([l]) => l < line).at(-1) ?? [null, imports[0][1] - 1];
  lines.splice(after[1] + 1, 0, line);
  const next = lines.join('\n');
  const list = /export const SERVICES = \[([^\]]*)\] as const;/;
  if (!list.test(next)) throw new Error('src/services/index.ts: no `export const SERVICES = [...] as const;`');
  // The list may be written on several lines, with a trailing comma.
  return next.replace(list, (_, names) => `export const SERVICES = [${names.trim().replace(/,$/, '')}, ${name}] as const;`);
}

/** Write the folder and list it; returns the files written or changed, relative to `root`. */
export function newService(root, id, name = id[0].toUpperCase() + id.slice(1)) {
  if (!ID.test(id)) throw new Error(`"${id}": a service id is lower case, letters and digits, words joined by "-" (acme, acme-mail)`);
  if (RESERVED.has(camel(id))) throw new Error(`"${id}": a word JavaScript keeps for itself; choose another id (${id}-app, say)`);
  const dir = join(root, 'src/services', id);
  if (existsSync(dir)) throw new Error(`src/services/${id} exists already`);
  const fill = (text) =>
    text
      .replaceAll('__CONST__', id.toUpperCase().replaceAll('-', '_'))
      .replaceAll('__CAMEL__', camel(id))
      .replaceAll('__NAME__', name)
      .replaceAll('__ID__', id);
  mkdirSync(dir, { recursive: true });
  const written = [];
  for (const template of readdirSync(TEMPLATES).filter((f) => f in FILES)) {
    const file = FILES[template](id);
    writeFileSync(join(dir, file), fill(readFileSync(join(TEMPLATES, template), 'utf8')));
    written.push(`src/services/${id}/${file}`);
  }
  const registry = join(root, 'src/services/index.ts');
  writeFileSync(registry, listed(readFileSync(registry, 'utf8'), id));
  return [...written, 'src/services/index.ts'];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (flag) => {
    const i = args.indexOf(flag);
    return i < 0 ? undefined : args.splice(i, 2)[1];
  };
  const root = option('--root') ?? fileURLToPath(new URL('..', import.meta.url));
  const name = option('--name');
  const [id] = args;
  if (!id) {
    console.error('usage: npm run new-service -- <id> [--name "Display Name"]');
    process.exit(2);
  }
  try {
    const files = newService(root, id, name);
    // The README's table of services follows the registry (npm run readme:services).
    const readme = spawnSync(process.execPath, [join(root, 'scripts/readme-services.mjs')], { cwd: root, stdio: 'inherit' });
    if (readme.status === 0) files.push('README.md (its services table, regenerated)');
    console.log(`wrote:\n${files.map((f) => `  ${f}`).join('\n')}\n
Next, from what is known of the service's real page (npm test fails until each TODO(new-service) is written):
  1. src/services/${id}/facts.md: the page, the control's label, what is known of its markup, with sources and confidence;
  2. src/services/${id}/service.ts and texts.mjs: origin, pages, the setting's path, hook and labels; its name and sentence in seven languages;
  3. src/services/${id}/replica.mjs: the replica page, typed from the facts (never copied from service.ts);
  4. PRIVACY.md and the literal host list of tests/e2e/privacy.spec.ts: the service's host (a person approves every host);
  5. npm run readme:services once the data is written (the README's table names the service), then npm test.`);
  } catch (error) {
    console.error(`new-service: ${error.message}`);
    process.exit(1);
  }
}
