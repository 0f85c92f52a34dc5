import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

// Vitest only needs the pure core and jsdom; the crx plugin would try to build the
// whole extension, so it is left out when Vitest loads this file.
const underVitest = Boolean(process.env.VITEST);

// Content scripts are built as self-contained IIFE files. The default (a loader that
// imports module chunks) would list those chunks in web_accessible_resources for
// linkedin.com, and LinkedIn's pages could then probe for them and detect the extension.
const contentScripts = manifest.content_scripts.flatMap((script) => script.js);

/**
 * Firefox's MV3 runs the background as an event page (`background.scripts`), needs an
 * add-on id, and asks every add-on to declare what data it collects: none. The oldest
 * versions that know `data_collection_permissions`: 140 on desktop (the oldest maintained
 * ESR), 142 on Android.
 */
function firefoxManifest(): ManifestV3Export {
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

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  return {
    plugins: underVitest
      ? []
      : [
          preact(),
          crx({
            manifest: firefox ? firefoxManifest() : manifest,
            browser: firefox ? 'firefox' : 'chrome',
            contentScripts: { standaloneFiles: contentScripts },
          }),
        ],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: firefox ? 'firefox128' : 'chrome120',
      sourcemap: false,
      // Vite's modulepreload polyfill would bring a fetch() into the popup; extension pages
      // load their chunks themselves, and we want no network API in the bundle at all.
      modulePreload: { polyfill: false },
    },
    test: {
      include: ['tests/unit/**/*.test.ts'],
      // Most files need no DOM and say so (`// @vitest-environment node`): jsdom costs
      // about a second a file to set up. Vitest's default leaves one core idle (cores - 1
      // workers: one worker on a 2-core machine); the tests are independent files.
      environment: 'jsdom',
      maxWorkers: '100%',
    },
  };
});
