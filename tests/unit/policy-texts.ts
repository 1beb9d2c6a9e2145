import { existsSync, readdirSync, readFileSync } from 'node:fs';

/**
 * Policy texts to check a fast path against the code it replaces: the seeds, the fixture
 * policies and every `every`-th policy of the shared corpus when it is there (it is not copied
 * into the project; without it the check runs on the seeds and fixtures, with a notice).
 */
export function policyTexts(every: number): [string, string][] {
  const seeds = new URL('../fixtures/seeds/', import.meta.url);
  const out: [string, string][] = readdirSync(seeds).map((f) => [f, readFileSync(new URL(f, seeds), 'utf8')]);
  const policies = new URL('../fixtures/policies/', import.meta.url);
  for (const f of readdirSync(policies).filter((f) => f.endsWith('.md') && f !== 'README.md')) out.push([f, readFileSync(new URL(f, policies), 'utf8')]);
  const corpus = new URL('../../../shared/corpus/privacy/', import.meta.url);
  if (existsSync(corpus)) {
    for (const f of readdirSync(corpus).sort().filter((_, i) => i % every === 0)) out.push([f, readFileSync(new URL(f, corpus), 'utf8')]);
  } else console.warn('../shared/corpus is absent: checked on the seeds and fixture policies only');
  return out;
}
