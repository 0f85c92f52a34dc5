// npm run zip: the two store packages, from the two builds, with the zip writer the size
// budget uses. release/<name>-<version>-chrome.zip and release/<name>-<version>-firefox.zip.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { zipDirectory } from './zip.mjs';

const { name } = JSON.parse(readFileSync('package.json', 'utf8'));
mkdirSync('release', { recursive: true });
for (const [browser, dir] of [
  ['chrome', 'dist'],
  ['firefox', 'dist-firefox'],
]) {
  const { version } = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
  const zip = zipDirectory(dir);
  const file = `release/${name}-${version}-${browser}.zip`;
  writeFileSync(file, zip.buffer);
  console.log(`${file}: ${zip.entries} files, ${(zip.buffer.length / 1024).toFixed(1)} KB`);
}
