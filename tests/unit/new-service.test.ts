// @vitest-environment node
// npm run new-service: a new service's folder from the templates, listed in the registry,
// and nothing else touched; what the folder holds type-checks as written, and every part
// only a person can write from the facts is marked TODO(new-service), so the registry test
// fails until it is written. Scaffolded into a temporary checkout (its src/engine, tests
// and node_modules linked to this one's), never into this one.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { listed, newService, todosIn } from '../../scripts/new-service.mjs';

const repo = resolve('.');
const root = mkdtempSync(join(tmpdir(), 'new-service-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A checkout that shares this one's code, with a registry of its own to list the new service in. */
function temporaryCheckout(): void {
  mkdirSync(join(root, 'src/services'), { recursive: true });
  for (const dir of ['node_modules', 'tests', 'public']) symlinkSync(join(repo, dir), join(root, dir));
  for (const dir of ['engine', 'platform', 'generated']) symlinkSync(join(repo, 'src', dir), join(root, 'src', dir));
  for (const entry of readdirSync(join(repo, 'src/services'), { withFileTypes: true })) {
    if (entry.isDirectory()) symlinkSync(join(repo, 'src/services', entry.name), join(root, 'src/services', entry.name));
  }
  cpSync(join(repo, 'src/services/index.ts'), join(root, 'src/services/index.ts'));
  cpSync(join(repo, 'tsconfig.json'), join(root, 'tsconfig.json'));
}

/** The type checker's complaints about these files (and what they import), with the project's options. */
function typeErrors(files: string[]): string[] {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile).config;
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const program = ts.createProgram(files, { ...options, noEmit: true });
  return ts.getPreEmitDiagnostics(program).map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

describe('npm run new-service', () => {
  temporaryCheckout();
  const written = newService(root, 'acme-mail', 'Acme Mail');
  const folder = join(root, 'src/services/acme-mail');

  it('writes the folder, and outside it touches only the registry', () => {
    expect(written.filter((f) => !f.startsWith('src/services/acme-mail/'))).toEqual(['src/services/index.ts']);
    expect(readdirSync(folder).sort()).toEqual(['acme-mail.spec.ts', 'acme-mail.test.ts', 'facts.md', 'replica.mjs', 'service.ts', 'texts.mjs']);
  });

  it('lists the service in the registry: its import line in order, its entry last', () => {
    const registry = readFileSync(join(root, 'src/services/index.ts'), 'utf8');
    expect(registry).toContain("import acmeMail from './acme-mail/service';");
    expect(registry.indexOf("import acmeMail from './acme-mail/service';")).toBeLessThan(registry.indexOf("import chatgpt from './chatgpt/service';"));
    expect(registry).toMatch(/export const SERVICES = \[[^\]]*, acmeMail\] as const;/);
  });

  it('the folder type-checks as written, with the registry that lists it', { timeout: 120_000 }, () => {
    const files = ['service.ts', 'acme-mail.test.ts', 'acme-mail.spec.ts'].map((f) => join(folder, f));
    expect(typeErrors([...files, join(root, 'src/services/index.ts')])).toEqual([]);
  });

  it('marks what only a person can write from the facts: a scaffold never passes as a service', () => {
    // The registry test's own check (src/services/registry.test.ts) finds them.
    expect(todosIn(folder)).toEqual(expect.arrayContaining(['facts.md', 'replica.mjs', 'service.ts', 'texts.mjs']));
    // Every name is filled in: no template placeholder is left.
    for (const file of readdirSync(folder)) expect(readFileSync(join(folder, file), 'utf8'), file).not.toMatch(/__[A-Z]+__/);
  });

  it('refuses an id that is not one, and a service that exists', () => {
    expect(() => newService(root, 'Acme Mail')).toThrow(/lower case/);
    expect(() => newService(root, 'new')).toThrow(/keeps for itself/);
    expect(() => newService(root, 'acme-mail')).toThrow(/exists already/);
    expect(() => listed('no registry here', 'acme')).toThrow(/import line/);
    // A list written on several lines, with a trailing comma, gets no hole.
    const multiline = "import x from './x/service';\nexport const SERVICES = [\n  linkedin,\n  x,\n] as const;";
    expect(listed(multiline, 'acme')).toContain('export const SERVICES = [linkedin,\n  x, acme] as const;');
  });
});
