// Constants the build writes into the code (vite.config.ts `define`), from the registry.

/**
 * The settings pages of each service added at run time, by origin: where the registered
 * content script (src/content/sites.ts) asks the worker what to do. A service's pages are
 * written once, in its folder; the script carries no other data of any service.
 */
declare const __SETTING_PAGES__: Readonly<
  Record<string, readonly { path: string; twins: readonly (readonly [string, string])[]; movesTo?: readonly string[] }[]>
>;
