/**
 * Every regular expression the analyzer and the CLI run on untrusted text: the literals in
 * their source files (found with the TypeScript scanner, so none is missed) and every RegExp
 * reachable from the modules' exports (which catches those built with `new RegExp(…)`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const ROOT = new URL('../../', import.meta.url).pathname;
/** Directories whose code runs on page text or user files. */
const DIRS = ['analyzer', 'cli', 'utils'];

export interface FoundRegex {
  source: string;
  flags: string;
  /** Where it was found: `file:line` for a literal, `module#export.path` for a built one. */
  where: string;
}

export function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
    }
  };
  for (const d of DIRS) walk(join(ROOT, d));
  return out.sort();
}

/** Regex literals of one file, with their line numbers. */
export function literalsOf(file: string): FoundRegex[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: FoundRegex[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = (node as ts.RegularExpressionLiteral).text;
      const end = lit.lastIndexOf('/');
      const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push({ source: lit.slice(1, end), flags: lit.slice(end + 1), where: `${relative(ROOT, file)}:${line}` });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Every RegExp reachable from a value (objects, arrays, Maps, Sets), with its path. */
export function regexesIn(value: unknown, where: string, out: FoundRegex[] = [], seen = new Set<unknown>()): FoundRegex[] {
  if (value instanceof RegExp) {
    out.push({ source: value.source, flags: value.flags, where });
    return out;
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return out;
  seen.add(value);
  if (value instanceof Map) {
    for (const [k, v] of value) {
      regexesIn(k, `${where}.key`, out, seen);
      regexesIn(v, `${where}[${String(k)}]`, out, seen);
    }
  } else if (value instanceof Set || Array.isArray(value)) {
    let i = 0;
    for (const v of value) regexesIn(v, `${where}[${i++}]`, out, seen);
  } else {
    for (const [k, v] of Object.entries(value)) regexesIn(v, `${where}.${k}`, out, seen);
  }
  return out;
}

/** The key a verdict is cached under: flags that change matching, then the source. */
export const keyOf = (r: { source: string; flags: string }) => `/${r.source}/${r.flags.replace(/[gyd]/g, '').split('').sort().join('')}`;

/** All distinct regexes (by key), each with every place it was found. */
export async function inventory(): Promise<Map<string, { source: string; flags: string; where: string[] }>> {
  const all: FoundRegex[] = [];
  for (const file of sourceFiles()) {
    all.push(...literalsOf(file));
    const rel = relative(ROOT, file);
    // Browser-side modules need the extension APIs; their literals are scanned above.
    if (!rel.startsWith('analyzer/') && rel !== 'cli/input.ts') continue;
    const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const [name, v] of Object.entries(mod)) regexesIn(v, `${rel}#${name}`, all);
  }
  const byKey = new Map<string, { source: string; flags: string; where: string[] }>();
  for (const r of all) {
    const k = keyOf(r);
    const e = byKey.get(k);
    if (e) e.where.push(r.where);
    else byKey.set(k, { source: r.source, flags: r.flags.replace(/[gyd]/g, ''), where: [r.where] });
  }
  return byKey;
}
