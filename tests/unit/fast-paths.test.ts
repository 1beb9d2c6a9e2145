import { describe, expect, it } from 'vitest';
import { policyTexts } from './policy-texts';
import { countThirdPersonEn, THIRD_PERSON_EN } from '../../analyzer/detect';
import { findFlags } from '../../analyzer/flags';
import { DATE_LABEL, nextDateLabel } from '../../analyzer/metadata';
import { findAll, mergeItems } from '../../analyzer/engine';
import { RULE_TABLES } from '../../analyzer/rules';
import { ANY_COUNTRY, COUNTRIES } from '../../analyzer/rules/transfers';
import {
  blocksFromPlainText, endsWithThen, knownRuns, wordCount, wordsAndRuns, hardBreakAtEnd, isCloser, isColon, isQuestionMark, isQuestionTrail, isQuoteOrParen, isSpace, isStop, sentencesOf,
} from '../../analyzer/text';

/**
 * Shortcuts taken for speed must change nothing: each equals the plain computation it replaces,
 * on hand-made edge cases, the seeds, the fixture policies and a sample of the shared corpus.
 */

const texts = (): [string, string][] => policyTexts(5);

const THIRD_PERSON_CASES = [
  'Acme collects your email. The Company also shares data. the Website automatically uses IP addresses and cookies.',
  'Abcdefghijklmnopqrstuvwxyz01234 automatically records your usage information.',
  'Abcdefghijklmnopqrstuvwxyz012345 automatically records your usage information.',
  'The Organisation will not sells. Your User’s personal Data. the Users Information. Data Subject Data.',
  'Personal Information may be collected. Personal Data used. I don’t track. I only keep logs. I log in.',
  'ACME INC. COLLECTS. Acme.collects data. Acme stores Acme stores Acme stores. xAcme collects.',
  'Acme uses a b c information; Acme uses a b c d information; Acme records e-mail addresses',
  // The anchors' words in other cases: the literal scan finds them, the anchor regex refuses them.
  'the user data. USER DATA. i collect. Data subject data. PERSONAL INFORMATION. Acme COLLECTS. Acme Collects data.',
];

describe('countThirdPersonEn', () => {
  it.each([...THIRD_PERSON_CASES.map((t): [string, string] => [t.slice(0, 40), t]), ...texts()])('equals a global exec loop: %s', (_name, text) => {
    const global = new RegExp(THIRD_PERSON_EN.source, 'g');
    let n = 0;
    while (global.exec(text)) n++;
    expect(countThirdPersonEn(text)).toBe(n);
  });
});

const FLAG_CASES = [
  'We collect your email.\n\nWe do not collect any personal information. Is it another Privacy Shield? We rely on the EU-US Privacy Shield.',
  'Do we collect data? No.\n\nWe use Safe Harbor and Directive 95/46/EC, names and other information. We never gather data.',
  '## Does Acme collect information?\n\nNo\n\nWe collect names and similar data. Acme doesn’t collect any information.',
];

describe('findFlags with the source text', () => {
  it.each([...FLAG_CASES.map((t): [string, string] => [t.slice(0, 40), t]), ...texts()])('flags as sentence by sentence: %s', (_name, text) => {
    const sentences = sentencesOf(text, blocksFromPlainText(text));
    const sections = mergeItems(findAll(RULE_TABLES, sentences, false, text));
    const input = { sentences, sections, effectiveDate: '2015-03-01', now: new Date('2026-01-01') };
    expect(findFlags({ ...input, text })).toEqual(findFlags(input));
  });
});

describe('the end-anchored tests of analyzer/text.ts, read backwards', () => {
  // Every string of up to 4 characters over an alphabet of the characters the tests look at.
  const alphabet = ['a', ' ', '\t', '\u00a0', '\u2003', '\n', ':', '?', '.', ';', '!', ',', '"', '”', '’', "'", ')', ']', '*', '_', 'Z'];
  const strings = [''];
  for (let len = 1, layer = ['']; len <= 4; len++) {
    layer = layer.flatMap((s) => alphabet.map((c) => s + c));
    for (const s of layer) strings.push(s);
  }
  const cases: [string, (s: string) => boolean, RegExp][] = [
    ['hard break', hardBreakAtEnd, /\S {2,}$/],
    ['colon', (s) => endsWithThen(s, isColon, isSpace), /:\s*$/],
    ['question and spaces', (s) => endsWithThen(s, isQuestionMark, isSpace), /\?\s*$/],
    ['question and quotes', (s) => endsWithThen(s, isQuestionMark, isQuoteOrParen), /\?["”’)]*$/],
    ['question and what may follow it (quotes, bold)', (s) => endsWithThen(s, isQuestionMark, isQuestionTrail), /\?["”’)*_]*$/],
    ['stop and closers', (s) => endsWithThen(s, isStop, isCloser), /[.!?:;]["”’')\]]*$/],
  ];
  it.each(cases)('%s', (_name, fast, re) => {
    // The strings where the two disagree (none), listed at once rather than one expect each.
    expect(strings.filter((s) => fast(s) !== re.test(s))).toEqual([]);
  });
  it('isSpace is \\s', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c.toString(16));
    expect(wrong).toEqual([]);
  });
});

describe('wordsAndRuns', () => {
  const matches = (re: RegExp, s: string) => s.match(re)?.length ?? 0;
  const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
  const RUNS = /\S+/g;
  const cases = [
    'Don’t sell-my data 2024 ’quoted’ - 𝐀𝐁 x😀y \ud800 lone \udc00 end\u2003wide\u00a0nbsp\ttab',
    '😀😀 a😀 \ud83d',
    'plain words only',
  ];
  it.each([...cases.map((t): [string, string] => [t.slice(0, 20), t]), ...texts()])('counts words and runs as the regexes do: %s', (_name, text) => {
    for (const limit of [0, 1, 7, 23, 1000, 400_000]) {
      expect(wordsAndRuns(text, limit)).toBe(matches(WORDS, text));
      if (limit > 0) expect(knownRuns(text, limit)).toBe(matches(RUNS, text.slice(0, limit)));
    }
    expect(wordCount(text)).toBe(matches(WORDS, text));
    expect(knownRuns(text + ' ', 7)).toBeUndefined();
  });
});

describe('ANY_COUNTRY', () => {
  const plain = new RegExp(COUNTRIES.map(([re]) => `(${re.source})`).join('|'), 'g');
  const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m.findIndex((g, i) => i > 0 && g !== undefined)}:${m[0]}`);
  it('every name starts with a capital or "the" (its lookahead)', () => {
    for (const [re, name] of COUNTRIES) expect(re.source, name).toMatch(/^\\b(?:\(\?:)?(?:\(\?:the \)\?)?[A-Z]/);
  });
  it.each(texts())('finds what the plain union finds: %s', (_name, text) => {
    expect(all(ANY_COUNTRY, text)).toEqual(all(plain, text));
  });
});

describe('nextDateLabel', () => {
  const cases = [
    'Privacy Policylast updated: May 1, 2020\nUpdated: x\r\nAs of June 2020\u2028Version 1.2 dated\u2029update: now',
    'outdated 3Updated _Updated LAST UPDATED ÉUpdated éffective\n  ## Dated (2020)\n> as of: 2019 revised on effective date of this privacy policy is',
    'Xlast modified in; xLast changed; 1last update; in force since; valid from\n\nversion date\nprivacy statement update: 2021',
  ];
  it.each([...cases.map((t): [string, string] => [t.slice(0, 20), t]), ...texts()])('finds what DATE_LABEL finds: %s', (_name, text) => {
    const expected: string[] = [];
    const re = new RegExp(DATE_LABEL.source, DATE_LABEL.flags);
    for (let m = re.exec(text); m; m = re.exec(text)) expected.push(`${m.index}:${m[0]}`);
    const found: string[] = [];
    for (let m = nextDateLabel(text, 0); m; m = nextDateLabel(text, m.index + m.label.length)) found.push(`${m.index}:${m.label}`);
    expect(found).toEqual(expected);
    // The same with what one search remembers for the next (the next strong label, the next line break).
    const remembered: string[] = [];
    const memo = { from: -1, match: null };
    for (let m = nextDateLabel(text, 0, memo); m; m = nextDateLabel(text, m.index + m.label.length, memo)) remembered.push(`${m.index}:${m.label}`);
    expect(remembered).toEqual(expected);
  });
});
