// The store package of a build folder, made by Mozilla's `web-ext build` (the tool the
// stores document), so the zip the size budget measures is the zip that ships.
import { readFileSync } from 'node:fs';
import webExt from 'web-ext';

/**
 * Zip `sourceDir` into `artifactsDir/filename` (overwriting it) and say what is inside.
 * @param {string} sourceDir e.g. 'dist'
 * @param {string} artifactsDir e.g. 'release'
 * @param {string} filename e.g. 'name-1.0.0-chrome.zip'
 */
export async function storePackage(sourceDir, artifactsDir, filename) {
  const { extensionPath } = await webExt.cmd.build({ sourceDir, artifactsDir, filename, overwriteDest: true }, { showReadyMessage: false });
  const zip = readFileSync(extensionPath);
  // The end-of-central-directory record (the last 22 bytes: web-ext writes no comment)
  // counts the entries; the central directory gives each one's name and uncompressed size.
  const end = zip.length - 22;
  if (zip.readUInt32LE(end) !== 0x06054b50) throw new Error(`${extensionPath}: no zip end record where expected`);
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  let files = 0;
  let raw = 0;
  for (let i = 0; i < entries; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (!name.endsWith('/')) files++; // folders have entries of their own
    raw += zip.readUInt32LE(at + 24);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return { path: extensionPath, files, raw, zip: zip.length };
}
