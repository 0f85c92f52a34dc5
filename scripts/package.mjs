// npm run zip: the two store packages, from the two builds, made by `web-ext build`:
// release/<name>-<version>-chrome.zip (from dist/) and release/<name>-<version>-firefox.zip
// (from dist-firefox/).
import { readFileSync } from 'node:fs';
import { storePackage } from './store-package.mjs';

const { name } = JSON.parse(readFileSync('package.json', 'utf8'));
for (const [browser, dir] of [
  ['chrome', 'dist'],
  ['firefox', 'dist-firefox'],
]) {
  const { version } = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
  const zip = await storePackage(dir, 'release', `${name}-${version}-${browser}.zip`);
  console.log(`${zip.path}: ${zip.files} files, ${(zip.zip / 1024).toFixed(1)} KB`);
}
