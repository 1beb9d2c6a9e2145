// Experiment: nested 5-fold CV by policy (exactly `npm run eval`'s development figure:
// analyzer/classifier-train.ts nestedCrossValidate, the shipped word table) of the networks
// with NET_OPTIONS changed by NETS, a JSON object: {"seeds": 4, "terms": 3000, "mlp": {"hidden": 96}}
// ("mlp" is merged over NET_OPTIONS.mlp). TAG names the bundle so that two runs can go side by side.
//   NETS='{"seeds":4,"mlp":{"hidden":96}}' TAG=h96 node scripts/exp-nets.mjs
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { score } from './eval-classify.mjs';
import { readJsonl } from './jsonl.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, `dist-cli/exp-nets${process.env.TAG ? `-${process.env.TAG}` : ''}.mjs`);
await build({
  stdin: { contents: ["export * from './analyzer/classifier-train';", "export * from './analyzer/classifier-categories';"].join('\n'), resolveDir: root, loader: 'ts' },
  outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning',
});
const M = await import(out);
const rows = readJsonl(join(root, 'tests/fixtures/annotated-paragraphs.jsonl'));
const targeted = M.parseIds(readFileSync(join(root, 'tests/fixtures/annotated-targeted-ids.txt'), 'utf8'));
const docs = M.examplesOf(rows, targeted);
const change = JSON.parse(process.env.NETS ?? '{}');
const nets = { ...M.NET_OPTIONS, ...change, mlp: { ...M.NET_OPTIONS.mlp, ...change.mlp } };
const t0 = Date.now();
const { predicted } = M.nestedCrossValidate(docs, M.DEFAULT_OPTIONS, nets);
const fx = (x) => x.toFixed(3);
const all = score(M.OPP115, rows, predicted);
const rnd = docs.map((_, i) => i).filter((i) => docs[i].random);
const r = score(M.OPP115, rnd.map((i) => rows[i]), rnd.map((i) => predicted[i]));
console.log(`NETS ${JSON.stringify(change)} (${((Date.now() - t0) / 60000).toFixed(0)} min): all ${fx(all.micro.f1)} / ${fx(all.macro.f1)}; random ${fx(r.micro.f1)} / ${fx(r.macro.f1)}; per category (all) ${M.OPP115.map((c) => `${c.split(/[ /,]/)[0]} ${all.perCategory[c].f1.toFixed(2)}`).join(', ')}`);
