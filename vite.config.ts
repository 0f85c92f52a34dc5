import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

// Vitest only needs the pure core and jsdom; the crx plugin would try to build the
// whole extension, so it is left out when Vitest loads this file.
const underVitest = Boolean(process.env.VITEST);

// Content scripts are built as self-contained IIFE files. The default (a loader that
// imports module chunks) would list those chunks in web_accessible_resources for
// linkedin.com, and LinkedIn's pages could then probe for them and detect the extension.
const contentScripts = manifest.content_scripts.flatMap((script) => script.js);

export default defineConfig({
  plugins: underVitest ? [] : [preact(), crx({ manifest, contentScripts: { standaloneFiles: contentScripts } })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    // Vite's modulepreload polyfill would bring a fetch() into the popup; extension pages
    // load their chunks themselves, and we want no network API in the bundle at all.
    modulePreload: { polyfill: false },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'jsdom',
  },
});
