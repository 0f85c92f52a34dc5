// `import file from './x.ts?script&iife'`: the file name of a content script built by
// @crxjs/vite-plugin as one self-contained file, for scripting.registerContentScripts.
/// <reference types="@crxjs/vite-plugin/client" />
