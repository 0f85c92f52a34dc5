// @vitest-environment node
// Mistral Le Chat as data: a manual-only service, with no host anywhere the extension could
// ask for one (the manifest's hosts are derived from the services it acts on). Sources: ./facts.md.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MANUAL_SERVICES, SERVICES } from '../index';
import mistral from './service';

describe('Mistral Le Chat as data', () => {
  it('is manual only, and none of the services the extension acts on', () => {
    expect(mistral).toEqual({ id: 'mistral', name: 'Mistral Le Chat', kind: 'manual', category: 'assistant' });
    expect(MANUAL_SERVICES).toContain(mistral);
    expect(SERVICES.map((s) => s.id)).not.toContain('mistral');
  });

  it('no Mistral host is named for the extension, in its manifest or its privacy page', () => {
    expect(readFileSync('manifest.json', 'utf8')).not.toMatch(/mistral/i);
    expect(readFileSync('PRIVACY.md', 'utf8')).not.toMatch(/mistral\.ai/i);
  });
});
