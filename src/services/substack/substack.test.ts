// @vitest-environment node
// Substack as data: a manual-only service (one box per publication, on addresses the extension
// will not ask for), with no host anywhere the extension could ask for one. Sources: ./facts.md.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MANUAL_SERVICES, SERVICES } from '../index';
import substack from './service';

describe('Substack as data', () => {
  it('is manual only, and none of the services the extension acts on', () => {
    expect(substack).toEqual({ id: 'substack', name: 'Substack', kind: 'manual', category: 'publishing' });
    expect(MANUAL_SERVICES).toContain(substack);
    expect(SERVICES.map((s) => s.id)).not.toContain('substack');
  });

  it('no Substack host is asked for: not the wildcard over every publication, nor a custom domain', () => {
    expect(readFileSync('manifest.json', 'utf8')).not.toMatch(/substack/i);
    expect(readFileSync('vite.config.ts', 'utf8')).not.toMatch(/substack/i);
    expect(readFileSync('PRIVACY.md', 'utf8')).not.toMatch(/\*\.substack\.com\/\*/);
  });
});
