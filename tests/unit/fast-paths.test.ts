import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countThirdPersonEn, THIRD_PERSON_EN } from '../../analyzer/detect';

/**
 * Shortcuts taken for speed must change nothing: each equals the plain computation it replaces,
 * on hand-made edge cases, the seeds, the fixture policies and a sample of the shared corpus.
 */

function texts(): [string, string][] {
  const seeds = new URL('../fixtures/seeds/', import.meta.url);
  const out: [string, string][] = readdirSync(seeds).map((f) => [f, readFileSync(new URL(f, seeds), 'utf8')]);
  const policies = new URL('../fixtures/policies/', import.meta.url);
  for (const f of readdirSync(policies).filter((f) => f.endsWith('.md') && f !== 'README.md')) out.push([f, readFileSync(new URL(f, policies), 'utf8')]);
  const corpus = new URL('../../../shared/corpus/privacy/', import.meta.url);
  if (existsSync(corpus)) {
    for (const f of readdirSync(corpus).sort().filter((_, i) => i % 5 === 0)) out.push([f, readFileSync(new URL(f, corpus), 'utf8')]);
  } else console.warn('../shared/corpus is absent: fast paths checked on the seeds and fixtures only');
  return out;
}

const THIRD_PERSON_CASES = [
  'Acme collects your email. The Company also shares data. the Website automatically uses IP addresses and cookies.',
  'Abcdefghijklmnopqrstuvwxyz01234 automatically records your usage information.',
  'Abcdefghijklmnopqrstuvwxyz012345 automatically records your usage information.',
  'The Organisation will not sells. Your User’s personal Data. the Users Information. Data Subject Data.',
  'Personal Information may be collected. Personal Data used. I don’t track. I only keep logs. I log in.',
  'ACME INC. COLLECTS. Acme.collects data. Acme stores Acme stores Acme stores. xAcme collects.',
  'Acme uses a b c information; Acme uses a b c d information; Acme records e-mail addresses',
];

describe('countThirdPersonEn', () => {
  it.each([...THIRD_PERSON_CASES.map((t): [string, string] => [t.slice(0, 40), t]), ...texts()])('equals a global exec loop: %s', (_name, text) => {
    const global = new RegExp(THIRD_PERSON_EN.source, 'g');
    let n = 0;
    while (global.exec(text)) n++;
    expect(countThirdPersonEn(text)).toBe(n);
  });
});
