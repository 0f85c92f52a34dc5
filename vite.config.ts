import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Plugin, type Rolldown, runnerImport } from 'vite';
import manifestJson from './manifest.json' with { type: 'json' };

type Registry = typeof import('./src/services/index');

/**
 * What the build takes from the registry (src/services), loaded as the extension's own code
 * is (vite's module runner), so a service's hosts and pages are written once, in its folder:
 * - the manifest's hosts: those held from install (LinkedIn's), and every other service's as
 *   an optional host, asked for when the user adds it (a human still approves each new host:
 *   the privacy test lists them literally);
 * - `__SETTING_PAGES__`, the settings pages of each service added at run time, by origin: the
 *   registered content script (src/content/sites.ts) carries no service's data, and wakes the
 *   worker only on one of these pages.
 */
async function fromRegistry() {
  const { SERVICES, hostPatterns } = (await runnerImport<Registry>(fileURLToPath(new URL('./src/services/index.ts', import.meta.url)))).module;
  const manifest = {
    ...manifestJson,
    host_permissions: SERVICES.filter((s) => s.host === 'install').flatMap(hostPatterns),
    optional_host_permissions: SERVICES.filter((s) => s.host === 'optional').flatMap(hostPatterns),
  };
  const settingPages = Object.fromEntries(
    SERVICES.filter((s) => s.host === 'optional' && s.settings.length > 0).map((s) => [
      s.origin,
      s.settings.flatMap(({ path, twins, perSite, movesTo }) => [{ path, twins, movesTo }, ...(perSite ? [{ path: perSite.list, twins }] : [])]),
    ]),
  );
  return { manifest, settingPages };
}
type Manifest = Awaited<ReturnType<typeof fromRegistry>>['manifest'];

const SERVICE_PAGE = 'src/content/sites.ts';
/** Content scripts the worker registers at run time for the hosts granted (the objection form's also runs on LinkedIn from the manifest). */
const REGISTERED = [SERVICE_PAGE, 'src/content/objection-form.ts'];

// Vitest only needs the pure core and jsdom; the crx plugin would try to build the
// whole extension, so it is left out when Vitest loads this file.
const underVitest = Boolean(process.env.VITEST);

// Unit test files that replace modules or globals (vi.mock, stubs, fake timers, spies) run
// each in a fresh worker process, as Vitest does by default; the others share their
// worker's modules (each still gets a fresh jsdom window), which roughly halves the unit
// tests' CPU (measured: 86 CPU-s with every file isolated, 46 with none, where a file's
// vi.mock then leaked into the next). Found by reading each file and the test helpers it imports, so a new test that mocks
// is isolated without anyone keeping a list; read only when Vitest loads this file, never
// for a build. Under mutation testing (StrykerJS starts its workers with
// STRYKER_MUTATOR_WORKER set) every file stays isolated, as it was measured.
/** Unit tests: the engine's in tests/unit, each service's beside its data in src/services. */
const UNIT_DIRS = ['tests/unit', 'src'];
const REPLACES_GLOBALS = /vi\.(mock|doMock|stubGlobal|stubEnv|useFakeTimers|spyOn)\b|globalThis\.\w+\s*=|defineProperty\(globalThis/;
function unitProjects(): TestProjectInlineConfiguration[] | undefined {
  if (!underVitest || process.env.STRYKER_MUTATOR_WORKER) return undefined;
  const files = UNIT_DIRS.flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.test.ts'))
      .map((file) => join(dir, file)),
  );
  // A file replaces globals itself, or through a test helper it imports (tests/unit/label-only.ts).
  const replacesGlobals = (file: string): boolean => {
    const code = readFileSync(file, 'utf8');
    if (REPLACES_GLOBALS.test(code)) return true;
    const helpers = [...code.matchAll(/from '(\.{1,2}\/[^']+)'/g)]
      .map((m) => join(dirname(file), `${m[1]}.ts`))
      .filter((f) => f.includes('tests/unit/') && existsSync(f));
    return helpers.some((helper) => REPLACES_GLOBALS.test(readFileSync(helper, 'utf8')));
  };
  const isolated = files.filter(replacesGlobals);
  return [
    { extends: true, test: { name: 'unit', include: files.filter((file) => !isolated.includes(file)), isolate: false } },
    { extends: true, test: { name: 'unit (isolated)', include: isolated } },
  ];
}

// Content scripts are built as self-contained IIFE files. The default (a loader that
// imports module chunks) would list those chunks in web_accessible_resources for
// linkedin.com, and LinkedIn's pages could then probe for them and detect the extension.
const contentScripts = [...manifestJson.content_scripts.flatMap((script) => script.js), SERVICE_PAGE];

/**
 * The other services' content scripts are registered at run time (scripting.registerContentScripts),
 * which needs no web_accessible_resources; crxjs lists a `?script` import there for every
 * site anyway, which would let any page probe for the extension. Taken out of the manifest.
 */
function noServiceScriptResources(): Plugin {
  return {
    name: 'no-service-script-resources',
    enforce: 'post',
    // After crxjs has written the manifest (it renders it last).
    writeBundle(options) {
      const file = join(options.dir ?? 'dist', 'manifest.json');
      const built = JSON.parse(readFileSync(file, 'utf8')) as { web_accessible_resources?: { resources: string[] }[] };
      const scripts = REGISTERED.map((file) => file.replace(/\.ts$/, '.js'));
      const kept = (built.web_accessible_resources ?? [])
        .map((r) => ({ ...r, resources: r.resources.filter((f) => !scripts.includes(f)) }))
        .filter((r) => r.resources.length > 0);
      if (kept.length) built.web_accessible_resources = kept;
      else delete built.web_accessible_resources;
      writeFileSync(file, `${JSON.stringify(built, null, 2)}\n`);
    },
  };
}

/**
 * crxjs also writes each `?script&iife` import's module form (assets/sites.ts-….js,
 * assets/objection-form.ts-….js and the chunks only they import), which nothing loads: the
 * worker registers the self-contained files. Dead weight in every install (about 9 KB of
 * the store zip), so a chunk under assets/ that no other file of the build names is removed,
 * until none is left (a file named anywhere, even in a string, is kept).
 */
function noUnusedChunks(): Plugin {
  return {
    name: 'no-unused-chunks',
    enforce: 'post',
    writeBundle(options) {
      const dir = options.dir ?? 'dist';
      const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(js|css|html|json)$/.test(f));
      const texts = new Map(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
      for (let removed = true; removed; ) {
        removed = false;
        for (const file of [...texts.keys()].filter((f) => f.startsWith('assets/'))) {
          const name = file.slice('assets/'.length);
          if ([...texts].some(([other, text]) => other !== file && text.includes(name))) continue;
          rmSync(join(dir, file));
          texts.delete(file);
          removed = true;
        }
      }
    },
  };
}

/**
 * The popup's first state waits for every file its page loads, and each is a round trip to
 * the browser process: with 6 scripts and 2 stylesheets, the largest share of its time before
 * any of its code ran (traced; issue 35). Left to itself, Rolldown split what the popup shares
 * with the other pages into four chunks, three of them only because the content scripts'
 * module forms (written by crxjs, then removed: noUnusedChunks) share a part. So what the
 * popup imports statically is grouped by which other page loads it too:
 * - the worker too (storage, schemas, the registry, the engine): one chunk, loaded by every page;
 * - only the options page too (Preact, src/ui): one chunk, which the worker never loads;
 * - nothing else (the popup's own components): the popup's own chunk, as before.
 * Four scripts where there were six (the fourth is Rolldown's helpers for the CommonJS polyfill,
 * which manual groups leave in a file of their own, 0.6 KB); the worker and the options page
 * load the same code as before, in two files fewer each.
 */
function popupChunks(root: string): Rolldown.CodeSplittingOptions {
  let loaders: { worker: Set<string>; options: Set<string>; popup: Set<string> } | null = null;
  /** A module and everything it imports statically, by module id. */
  const staticClosure = (ctx: Rolldown.ChunkingContext, entry: string) => {
    const seen = new Set<string>();
    const visit = (id: string) => {
      if (seen.has(id)) return;
      seen.add(id);
      for (const next of ctx.getModuleInfo(id)?.importedIds ?? []) visit(next);
    };
    visit(join(root, entry));
    return seen;
  };
  const loadersOf = (ctx: Rolldown.ChunkingContext) =>
    (loaders ??= {
      worker: staticClosure(ctx, manifestJson.background.service_worker),
      options: staticClosure(ctx, manifestJson.options_ui.page),
      popup: staticClosure(ctx, manifestJson.action.default_popup),
    });
  // One group each, the worker's first: a group takes the modules its modules import as well,
  // and the higher priority takes a module before the other can.
  return {
    groups: [
      { name: (id, ctx) => (loadersOf(ctx).popup.has(id) && loadersOf(ctx).worker.has(id) ? 'shared' : null), priority: 2 },
      { name: (id, ctx) => (loadersOf(ctx).popup.has(id) && loadersOf(ctx).options.has(id) ? 'pages' : null), priority: 1 },
    ],
  };
}

/**
 * The popup's own styles (popup.css), written into its page: a stylesheet is one more file to
 * load, and the page's scripts wait for it before they run (issue 35). Only a stylesheet no
 * other page links and no chunk loaded later brings: the shared one (ui.css) stays a file,
 * which the options page links too and the popup's later lines ask for again (import()
 * skips a stylesheet already linked; one written into the page it would link again, after
 * the popup's own rules). Extension pages may hold inline styles: their policy restricts
 * scripts only.
 */
function popupStylesInline(): Plugin {
  return {
    name: 'popup-styles-inline',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const page = bundle[manifestJson.action.default_popup];
      if (page?.type !== 'asset') return;
      const outputs = Object.values(bundle);
      const elsewhere = (file: string) =>
        outputs.some((other) =>
          other.type === 'asset'
            ? other !== page && other.fileName.endsWith('.html') && String(other.source).includes(file)
            : !other.isEntry && other.viteMetadata?.importedCss.has(file),
        );
      page.source = String(page.source).replace(/<link rel="stylesheet"[^>]* href="\/([^"]+\.css)">/g, (link, file: string) => {
        const css = bundle[file];
        return css?.type === 'asset' && !elsewhere(file) ? `<style>${String(css.source).trim()}</style>` : link;
      });
    },
  };
}

/**
 * Firefox's MV3 runs the background as an event page (`background.scripts`), needs an
 * add-on id, and asks every add-on to declare what data it collects: none. The oldest
 * versions that know `data_collection_permissions`: 140 on desktop (the oldest maintained
 * ESR), 142 on Android.
 */
function firefoxManifest(manifest: Manifest): ManifestV3Export {
  const { service_worker, ...background } = manifest.background;
  return {
    ...manifest,
    background: { ...background, scripts: [service_worker] },
    browser_specific_settings: {
      gecko: {
        id: 'ai-optout-for-linkedin@opensource.invalid',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  } as ManifestV3Export;
}

export default defineConfig(async ({ mode }) => {
  const projects = unitProjects();
  const firefox = mode === 'firefox';
  const built = underVitest ? null : await fromRegistry();
  return {
    define: { __SETTING_PAGES__: JSON.stringify(built?.settingPages ?? {}) },
    plugins: !built
      ? []
      : [
          preact(),
          crx({
            manifest: firefox ? firefoxManifest(built.manifest) : built.manifest,
            browser: firefox ? 'firefox' : 'chrome',
            contentScripts: { standaloneFiles: contentScripts },
          }),
          noServiceScriptResources(),
          popupStylesInline(),
          noUnusedChunks(),
        ],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: firefox ? 'firefox128' : 'chrome120',
      sourcemap: false,
      // Vite's modulepreload polyfill would bring a fetch() into the popup; extension pages
      // load their chunks themselves, and we want no network API in the bundle at all.
      modulePreload: { polyfill: false },
      rolldownOptions: { output: { codeSplitting: popupChunks(fileURLToPath(new URL('.', import.meta.url))) } },
    },
    test: {
      // Each project lists its own files (Vitest would add a list here to theirs).
      include: projects ? [] : UNIT_DIRS.map((dir) => `${dir}/**/*.test.ts`),
      // Most files need no DOM and say so (`// @vitest-environment node`): jsdom costs
      // about a second a file to set up. Vitest's default leaves one core idle (cores - 1
      // workers: one worker on a 2-core machine); the tests are independent files.
      environment: 'jsdom',
      // The worker imports its registered content script's file name (`?script&iife`, a crxjs
      // import); without crxjs that would run the script itself.
      alias: [{ find: /^.*\?script&iife$/, replacement: fileURLToPath(new URL('./tests/unit/script-stub.ts', import.meta.url)) }],
      maxWorkers: '100%',
      projects,
    },
  };
});
