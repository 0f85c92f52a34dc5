// Sizes of what ships, raw and gzip: each content script with everything it loads, the
// worker, the popup and the options page with their imported chunks; and the store
// package as web-ext builds it. Used by the benchmark (printed) and by the budget tests (enforced).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { storePackage } from './store-package.mjs';

// A static import or export, or (group 2) an import() of a chunk loaded later: Vite writes
// those with backquotes (the popup's summaries, loaded after its first state).
const IMPORT = /(?:import|export)\s*(?:[^'"]*?from\s*)?["'](\.{1,2}\/[^"']+|\/[^"']+)["']|import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;

/**
 * A file and every file it imports, transitively (JS), or links (HTML); each once, by
 * absolute path. `later: false` leaves out what is imported only later (import()): what a
 * page loads before it can run at all.
 */
export function closure(dist, entry, { later = true } = {}) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.html')) {
      for (const m of text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g))
        visit(m[1].startsWith('/') ? resolve(dist, `.${m[1]}`) : resolve(dirname(file), m[1]));
    } else if (file.endsWith('.js')) {
      for (const m of text.matchAll(IMPORT)) {
        const spec = m[1] ?? (later ? m[2] : undefined);
        if (!spec) continue;
        visit(spec.startsWith('/') ? resolve(dist, `.${spec}`) : resolve(dirname(file), spec));
      }
    }
  };
  visit(resolve(dist, entry));
  return [...seen];
}

function measure(files) {
  const raw = files.reduce((n, f) => n + readFileSync(f).length, 0);
  const gzip = files.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  return { files: files.length, raw, gzip };
}

/** Content scripts registered at run time (scripting.registerContentScripts), not in the manifest. */
export const REGISTERED_SCRIPTS = ['src/content/sites.js'];

export function measureSizes(dist = 'dist') {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const rows = {};
  // The declared content scripts, and the one the worker registers for the other services' hosts.
  const scripts = [...manifest.content_scripts.flatMap((script) => script.js), ...REGISTERED_SCRIPTS];
  for (const js of scripts) rows[`content: ${js.split('/').pop()}`] = measure(closure(dist, js));
  rows.worker = measure(closure(dist, manifest.background.service_worker));
  rows.popup = measure(closure(dist, manifest.action.default_popup));
  rows['popup: first state'] = measure(closure(dist, manifest.action.default_popup, { later: false }));
  rows['options page'] = measure(closure(dist, manifest.options_ui.page));
  return rows;
}

/** The store package of `dist`, built by web-ext in a temporary folder: files, raw bytes, zip bytes. */
export async function measurePackage(dist = 'dist') {
  const dir = mkdtempSync(join(tmpdir(), 'ai-optout-package-'));
  try {
    const { files, raw, zip } = await storePackage(dist, dir, 'package.zip');
    return { files, raw, zip };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The popup (its page, scripts and styles) must open at once: at most 44 KB gzip, and its
// first state (what it loads before it can show the stored state: the lines of the other
// sections and services come after it) at most 41 KB.
// Why each is what it is (measured, docs/performance.md "Budgets"): LinkedIn's two scripts carry
// no step they do not need; the other services' script carries every kind of control; the
// popup and the package grow by each service's data and texts in seven languages.
export const BUDGETS = { contentScriptGzip: 8 * 1024, servicesScriptGzip: 10 * 1024, popupGzip: 46 * 1024, popupFirstStateGzip: 41 * 1024, zip: 185 * 1024 };
