import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../cli/input';

const dir = mkdtempSync(join(tmpdir(), 'pl-md-'));
async function md(text: string) {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.md`);
  writeFileSync(file, text);
  return readInput(file);
}
const blockTexts = (i: Awaited<ReturnType<typeof md>>) => i.blocks.map((b) => [b.kind, i.text.slice(b.start, b.end)]);

describe('Markdown input (cli/input.ts)', () => {
  it('joins soft-wrapped lines into one paragraph, as Markdown does', async () => {
    const i = await md('We collect your email\naddress when you sign up.\n\nWe keep it for two years.\n');
    expect(blockTexts(i)).toEqual([
      ['paragraph', 'We collect your email address when you sign up.'],
      ['paragraph', 'We keep it for two years.'],
    ]);
  });

  it('drops menus and link lists, keeps list items with text', async () => {
    const i = await md('*   [Home](https://x.example/)\n*   [Blog](https://x.example/blog)\n    *   [News](https://x.example/news)\n[Login](/login) | [Sign up](/join)\n\n## What we collect\n\n*   Your name and\n    email address.\n*   See our [cookie policy](/cookies) for cookies.\n');
    expect(blockTexts(i)).toEqual([
      ['heading', 'What we collect'],
      ['list-item', 'Your name and email address.'],
      ['list-item', 'See our cookie policy for cookies.'],
    ]);
    expect(i.headings).toEqual(['What we collect']);
  });

  it('reads setext headings and skips lines of bare marks', async () => {
    const i = await md('Privacy Policy\n==============\n\n**\n\nLast updated: 2024.\n\nYour rights\n-----------\nYou can ask for a copy.\n');
    expect(blockTexts(i)).toEqual([
      ['heading', 'Privacy Policy'],
      ['paragraph', 'Last updated: 2024.'],
      ['heading', 'Your rights'],
      ['paragraph', 'You can ask for a copy.'],
    ]);
    expect(i.headings).toEqual(['Privacy Policy', 'Your rights']);
  });
});
