// The rules that keep the house as it was built (docs/architecture.md): checked by
// `npm run deps`, part of `npm test`. Type-only imports count here (the engine names no
// service, not even by a type); what ends up in a content script's bundle is checked on
// the code alone by .dependency-cruiser.bundles.cjs.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import circle: every module can be read, and tested, before the ones that use it.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'engine-names-no-service',
      comment: "The engine takes a service's data as arguments; it never imports a service.",
      severity: 'error',
      from: { path: '^src/engine/' },
      to: { path: '^src/services/' },
    },
    {
      name: 'engine-is-pure',
      comment: 'The engine decides from plain inputs: no browser API, no storage, no view, no worker, no content script.',
      severity: 'error',
      from: { path: '^src/engine/' },
      to: { path: ['webextension-polyfill', '^src/(ui|popup|options|background|content|store|protocol)/', '^src/platform/(i18n|access|format)\\.ts$'] },
    },
    {
      name: 'content-scripts-import-no-views-nor-store',
      comment: 'Content scripts talk to the worker by message: only the types of the protocol, never its schemas, the store or a view.',
      severity: 'error',
      from: { path: '^src/content/' },
      to: { path: '^src/(ui|popup|options|store|protocol)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'services-are-data',
      comment: 'A service folder is data and its own features: it never imports the worker, the views or the content scripts.',
      severity: 'error',
      from: { path: '^src/services/', pathNot: '\\.(spec|test)\\.ts$' },
      to: { path: '^src/(ui|popup|options|background|content)/' },
    },
    {
      name: 'replicas-are-independent-witnesses',
      comment: "A replica never reads the data it is a witness for: a typo in a service's data cannot pass its own test.",
      severity: 'error',
      from: { path: '^src/services/[^/]+/(replica|[A-Za-z]+Form)', pathNot: '\\.(spec|test)\\.ts$' },
      to: { path: '^src/(services|engine)/', pathNot: '^src/services/[^/]+/(replica|[A-Za-z]+Form)', reachable: true },
    },
    {
      name: 'pages-apart',
      comment: 'The popup and the options page each hold only themselves; what they share lives in src/ui.',
      severity: 'error',
      from: { path: '^src/popup/' },
      to: { path: '^src/options/' },
    },
    {
      name: 'pages-apart-back',
      comment: 'The popup and the options page each hold only themselves; what they share lives in src/ui.',
      severity: 'error',
      from: { path: '^src/options/' },
      to: { path: '^src/popup/' },
    },
    {
      name: 'shared-views-stay-shared',
      comment: 'What both pages share never reaches into one of them.',
      severity: 'error',
      from: { path: '^src/ui/' },
      to: { path: '^src/(popup|options)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/generated/' },
    tsPreCompilationDeps: 'specify',
    tsConfig: { fileName: 'tsconfig.json' },
    // `import file from './x.ts?script&iife'` (a built file's name, from @crxjs/vite-plugin).
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
