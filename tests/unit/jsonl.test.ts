import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonl } from '../../scripts/jsonl.mjs';

const dir = mkdtempSync(join(tmpdir(), 'jsonl-'));
const file = (name: string, text: string) => {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
};

describe('readJsonl, the scripts\u2019 reader of annotated paragraphs', () => {
  it('reads one object a line and skips blank lines', () => {
    expect(readJsonl(file('ok.jsonl', '{"id":"a#1"}\n\n{"id":"b#2"}\n'))).toEqual([{ id: 'a#1' }, { id: 'b#2' }]);
  });
  it('names the file and line of a line that is not JSON', () => {
    const f = file('bad.jsonl', '{"id":"a#1"}\n\n{"id": oops}\n');
    expect(() => readJsonl(f)).toThrow(`${f}:3: not a JSON line`);
  });
  it('treats a missing file as an error unless told it may be missing', () => {
    expect(() => readJsonl(join(dir, 'none.jsonl'))).toThrow(/ENOENT/);
    expect(readJsonl(join(dir, 'none.jsonl'), { missingOk: true })).toEqual([]);
  });
});
