import type { Block } from './types';
import { INVISIBLE_CHARS } from './cheap-check';
import { spaceBit } from './runs';
import { tableOfContents } from './toc';

/** A sentence of the extracted text, with the context the rules need. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  block: number;
  /** The nearest heading above the sentence ('' when none). */
  heading: string;
  /** For list items and the lines after a lead-in: the lead-in sentence ending with ':'. */
  leadIn: string;
  isQuestion: boolean;
  /**
   * The bare answer that follows a question block ("No", "Yes"), when there is one; `span` is
   * the source text from the question's start to the answer's end (what evidence quotes).
   */
  answer?: { text: string; start: number; end: number; span: string };
}

/**
 * Spaces other than the plain one — no-break, thin, ideographic… — as the plain one. The rules
 * write " " (no-break spaces sit between the words of 227 of the corpus's 514 policies: "does
 * not", "for the purpose of"), and the page's extractor already folds every space so
 * (extract.ts); text read from a file (the CLI, `classify`) did not. One character for one: the
 * offsets of blocks and evidence hold.
 */
const OTHER_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
export function plainSpaces(text: string): string {
  return text.replace(OTHER_SPACE, ' ');
}

const BULLET = /^\s*(?:[-–—•*·▪◦●]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+/u;
/**
 * A bare answer: "No", "**No.**", "— No", "No, never." (a dash or colon may lead it in when it
 * stands beside its question: "Does X sell your data? — No").
 */
const ANSWER = String.raw`(?:[—–:-]\s*)?[*_]{0,2}\[?(no|yes|none|never|not at all|nope)\]?(?:\([^)\s]*\))?(?:,\s*(?:never|not ever|not at all))?[*_]{0,2}\s*(?:[.!]\s*)?[*_]{0,2}`;
const BARE_ANSWER = new RegExp(String.raw`^\s*${ANSWER}\s*$`, 'i');
/** A bare answer in the question's own block, perhaps a Markdown link: "[No](#sale)". */
const QUESTION_AND_ANSWER = new RegExp(String.raw`(\?["”’)*_]*)\s+${ANSWER}$`, 'i');
const INLINE_ANSWER = BARE_ANSWER;

/**
 * Blocks from plain text (the CLI's .txt/.md input): one block a line; short lines without
 * end punctuation, Markdown `#` lines and questions standing alone are headings.
 * Two plain-text habits are undone: a sentence hard-wrapped over several lines (a line that
 * ends mid-sentence, followed by one that starts in lower case, is one block) and numbered
 * section titles ("5. Your Rights") that look like list items but are headings — unless a
 * lead-in ending with ':' stands above them, where they are a numbered list.
 */
export function blocksFromPlainText(text: string): Block[] {
  const blocks: Block[] = [];
  let previous = '';
  let hardBreak = false;
  // The lines: each run of characters other than "\n" (as /[^\n]+/g finds them).
  for (let at = 0, next = 0; at < text.length; at = next + 1) {
    next = text.indexOf('\n', at);
    if (next < 0) next = text.length;
    if (next === at) continue;
    // The line without the spaces around it (as trim() would cut them), read in place.
    let start = at;
    while (start < next && isSpace(text.charCodeAt(start))) start++;
    if (start === next) continue;
    let end = next;
    while (isSpace(text.charCodeAt(end - 1))) end--;
    const trimmed = text.slice(start, end);
    // A hard break needs two spaces after the last character.
    const hardBreakEnd = end <= next - 2 && hardBreakAtEnd(text.slice(at, next));
    const last = blocks[blocks.length - 1];
    const md = trimmed.charCodeAt(0) === 35 ? MD_HEADING.exec(trimmed) : null;
    if (last && !md && last.kind !== 'heading' && (continuesLine(previous, trimmed) || hardBreak)) {
      last.end = end;
      previous = trimmed;
      hardBreak = hardBreakEnd && last.kind === 'paragraph' && nextLineFollows(text, next);
      continue;
    }
    // A line ending in a Markdown hard break ("  ") and the lines after it are one paragraph:
    // an address block ("The Markup  \n900 Broadway, Suite 202  \n(347) 717-4094"), not headings.
    const breaksHere = hardBreakEnd && trimmed.length <= 60 && !md && !BULLET.test(trimmed) && nextLineFollows(text, next);
    if (breaksHere) {
      blocks.push({ kind: 'paragraph', start, end });
      previous = trimmed;
      hardBreak = true;
      continue;
    }
    hardBreak = false;
    if (md) blocks.push({ kind: 'heading', level: md[1]!.length, start, end });
    else if (NUMBERED_TITLE.test(trimmed) && !endsWithThen(previous, isColon, isSpace) && looksLikeHeading(trimmed.replace(NUMBERED_TITLE, ''))) {
      blocks.push({ kind: 'heading', level: 2, start, end });
    } else if (BULLET.test(trimmed)) blocks.push({ kind: 'list-item', start, end });
    else if (looksLikeHeading(trimmed)) blocks.push({ kind: 'heading', level: 2, start, end });
    else blocks.push({ kind: 'paragraph', start, end });
    previous = trimmed;
  }
  return blocks;
}

/**
 * The end-anchored tests below, read backwards from the end: a regex such as /:\s*$/ is tried
 * at every position of the line (V8 does not start from the end), which cost a tenth of the
 * text's splitting.
 */

/** JavaScript's \s among the codes up to 32: 1 space, 0 not. */
/** JavaScript's \s. */
export function isSpace(c: number): boolean {
  return spaceBit(c) === 1;
}

export const isColon = (c: number) => c === 58;
export const isQuestionMark = (c: number) => c === 63;
/** [.!?:;] */
export const isStop = (c: number) => c === 46 || c === 33 || c === 63 || c === 58 || c === 59;
/** ["”’')\]] */
export const isCloser = (c: number) => c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 41 || c === 93;
/** ["”’)] */
export const isQuoteOrParen = (c: number) => c === 34 || c === 0x201d || c === 0x2019 || c === 41;
/** ["”’)*_]: what may follow a question mark (quotes, a parenthesis, Markdown bold/italics) */
export const isQuestionTrail = (c: number) => isQuoteOrParen(c) || c === 42 || c === 95;

/**
 * /[L][T]*$/.test(s) for disjoint classes L and T: the last character that is not in T is in L.
 */
export function endsWithThen(s: string, last: (c: number) => boolean, trail: (c: number) => boolean): boolean {
  let i = s.length - 1;
  while (i >= 0 && trail(s.charCodeAt(i))) i--;
  return i >= 0 && last(s.charCodeAt(i));
}

/** /\S {2,}$/.test(line): two spaces or more end the line, after a character that is not \s. */
export function hardBreakAtEnd(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && line.charCodeAt(i) === 32) i--;
  return line.length - 1 - i >= 2 && i >= 0 && !isSpace(line.charCodeAt(i));
}

/**
 * The line after the one ending at `at` is a short line of text: the next line of an address
 * block. (A title ending in "  " above a long paragraph stays a title.)
 */
function nextLineFollows(text: string, at: number): boolean {
  if (text[at] !== '\n') return false;
  const next = text.indexOf('\n', at + 1);
  const line = text.slice(at + 1, next < 0 ? text.length : next).trim();
  return line.length > 0 && line.length <= 60 && !/^(?:#{1,6}\s|[-*_]{3,}$)/.test(line) && !BULLET.test(line);
}

/** A Markdown heading line: "## Your rights". */
const MD_HEADING = /^(#{1,6})\s/;

/** "5. Your Rights", "2) Sharing": a number, then a short title. */
const NUMBERED_TITLE = /^\d{1,2}[.)]\s+(?=\S[^\n]{0,58}$)/;

/** The line `next` continues the sentence that `previous` left unfinished. */
function continuesLine(previous: string, next: string): boolean {
  if (!previous || endsWithThen(previous, isStop, isCloser) || BULLET.test(next) || BARE_ANSWER.test(next)) return false;
  return /^["“'‘(]?[a-z]/.test(next) || previous.endsWith(',');
}

function looksLikeHeading(line: string): boolean {
  if (line.length > 90 || BARE_ANSWER.test(line)) return false;
  // "COLLECTING INFORMATION FROM CHILDREN:": a title in capitals, whatever it ends with.
  if (line.endsWith(':') && line === line.toUpperCase() && /[A-Z]{3}/.test(line) && line.split(/\s+/).length <= 8) return true;
  // "Email: info@example.com", "Phone: 0123": a labelled value, not a title.
  if (/^[^:]{1,30}:\s+\S/.test(line) || /\S@\S/.test(line)) return false;
  if (line.endsWith('?')) return line.length < 140;
  const lastChar = line.charCodeAt(line.length - 1);
  if (lastChar === 46 || lastChar === 59 || lastChar === 44 || lastChar === 58) return false;
  // The words of line.split(/\s+/), and those that start with a capital, digit, quote or
  // parenthesis, counted in place.
  let words = 1;
  let capitalised = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (isSpace(c)) {
      // A run of spaces separates two words.
      if (i === 0 || !isSpace(line.charCodeAt(i - 1))) words++;
    } else if ((i === 0 || isSpace(line.charCodeAt(i - 1))) && isCapitalStart(c)) capitalised++;
  }
  if (words > 12) return false;
  // A lower-case ASCII letter settles the test for capitals before toUpperCase copies the line.
  if (!/[a-z]/.test(line) && line === line.toUpperCase() && /[A-Z]/.test(line)) return true;
  return capitalised / words >= 0.5 || words <= 4;
}

/** [A-Z0-9“"'(] */
function isCapitalStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 0x201c || c === 34 || c === 39 || c === 40;
}

// Abbreviations after which a period does not end a sentence.
const ABBREVIATION = /(?:\b(?:e\.g|i\.e|etc|inc|ltd|llc|co|corp|no|vs|mr|mrs|ms|dr|st|u\.s|u\.k|e\.u|art|sec|para|approx|incl|resp|max|min)|\b[A-Z])\.$/i;

/**
 * The end of a sentence: stops (not after another stop) and closing quotes or brackets, before
 * spaces and a capital, digit or bullet, or at the end of the block.
 */
const SENTENCE_END = /(?<![.!?])[.!?]+["”’')\]]*(?=\s+["“‘(]?[A-Z0-9•])|(?<![.!?])[.!?]+["”’')\]]*$/g;

/**
 * Sentence spans of the block being split: starts and ends (offsets in the text) in turn, the
 * first spanCount * 2 entries (one buffer for every block: no pair allocated a sentence).
 */
let spanBuffer = new Int32Array(256);
let spanCount = 0;

/** Splits a block into sentence spans (offsets in `text`, in spanBuffer). A regex split: fast and linear. */
function splitSentences(text: string, start: number, end: number): void {
  const boundary = SENTENCE_END;
  boundary.lastIndex = 0;
  spanCount = 0;
  const body = text.slice(start, end);
  let from = 0;
  for (let m = boundary.exec(body); m; m = boundary.exec(body)) {
    const stop = m.index + m[0].length;
    if (m[0][0] === '.' && m[0].length === 1 && ABBREVIATION.test(body.slice(Math.max(from, m.index - 6), m.index + 1))) continue;
    pushTrimmed(body, from, stop, start);
    from = stop;
  }
  pushTrimmed(body, from, body.length, start);
}

function pushTrimmed(body: string, from: number, to: number, offset: number): void {
  while (from < to && isSpace(body.charCodeAt(from))) from++;
  while (to > from && isSpace(body.charCodeAt(to - 1))) to--;
  if (to <= from) return;
  if (spanCount * 2 === spanBuffer.length) {
    const grown = new Int32Array(spanBuffer.length * 2);
    grown.set(spanBuffer);
    spanBuffer = grown;
  }
  spanBuffer[spanCount * 2] = offset + from;
  spanBuffer[spanCount * 2 + 1] = offset + to;
  spanCount++;
}

/** Sentences of the text with heading, lead-in and question-and-bare-answer context. */
export function sentencesOf(text: string, blocks: Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  let heading = '';
  let leadIn = '';
  // The entries of a table of contents name sections; they state nothing (analyzer/toc.ts).
  const toc = tableOfContents(text, blocks);
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (toc[b]) continue;
    const blockText = text.slice(block.start, block.end);
    if (block.kind === 'heading') {
      // A question heading followed by a bare answer is a statement, not only a heading.
      const next = blocks[b + 1];
      const nextText = next ? text.slice(next.start, next.end) : '';
      if (endsWithThen(blockText, isQuestionMark, isSpace) && next && BARE_ANSWER.test(nextText)) {
        sentences.push({
          start: block.start, end: block.end, text: readerVoice(blockText), block: b, heading, leadIn: '', isQuestion: true,
          answer: { text: bareAnswer(nextText), start: next.start, end: next.end, span: text.slice(block.start, next.end) },
        });
        b++;
        continue;
      }
      heading = blockText;
      leadIn = '';
      continue;
    }
    if (BARE_ANSWER.test(blockText)) {
      // "Will you share my information?" in a paragraph, then "No." in the next one.
      const last = sentences[sentences.length - 1];
      if (last && last.block === b - 1 && last.isQuestion && !last.answer) {
        last.answer = { text: bareAnswer(blockText), start: block.start, end: block.end, span: text.slice(last.start, block.end) };
        last.text = readerVoice(last.text);
      }
      continue;
    }
    splitSentences(text, block.start, block.end);
    const spans = spanBuffer;
    const count = spanCount;
    const isListItem = block.kind === 'list-item';
    for (let k = 0; k < count; k++) {
      const s = spans[2 * k]!;
      const e = spans[2 * k + 1]!;
      const sentenceText = text.slice(s, e);
      const sentence: Sentence = {
        start: s, end: e, text: sentenceText, block: b, heading,
        leadIn: isListItem || leadInApplies(leadIn, blocks, b) ? leadIn : '',
        isQuestion: endsWithThen(sentenceText, isQuestionMark, isQuestionTrail),
      };
      // A question answered on its own line: "Do we sell your data? [No](#sale)".
      const next = sentence.isQuestion && k + 1 < count;
      const nextStart = next ? spans[2 * k + 2]! : 0;
      const nextEnd = next ? spans[2 * k + 3]! : 0;
      const inline = next ? INLINE_ANSWER.exec(text.slice(nextStart, nextEnd)) : null;
      if (next && inline) {
        sentence.answer = { text: inline[1]!, start: nextStart, end: nextEnd, span: text.slice(s, nextEnd) };
        sentence.text = readerVoice(sentence.text);
        k++;
      } else if (!sentence.isQuestion && sentenceText.includes('?')) {
        const qa = QUESTION_AND_ANSWER.exec(sentenceText);
        if (qa) {
          const q = qa.index + qa[1]!.length;
          Object.assign(sentence, { end: s + q, text: readerVoice(sentenceText.slice(0, q)), isQuestion: true });
          sentence.answer = { text: qa[2]!, start: s + q, end: e, span: sentenceText };
        }
      }
      sentences.push(sentence);
    }
    // A paragraph ending with ':' leads into the list (or short lines) beneath it.
    if (endsWithThen(blockText, isColon, isSpace)) leadIn = lastSentence(sentences);
    else if (!isListItem && !leadInApplies(leadIn, blocks, b)) leadIn = '';
  }
  return sentences;
}

/**
 * An FAQ asks in the reader's voice ("Do you sell my data?", "Can I delete my information?");
 * the rules read the policy's ("your data", "you can"). The question of an answered pair is
 * read in the policy's voice; its evidence is still the source text.
 */
function readerVoice(question: string): string {
  return question
    .replace(/\b(?:my|I|me|mine)\b/g, (w) => (w === 'my' ? 'your' : w === 'mine' ? 'yours' : 'you'))
    .replace(/^([#*_\s]*)(can|may) you\b/i, '$1you $2');
}

/** The answer word of a bare answer ("**No.**" → "No"). */
function bareAnswer(answer: string): string {
  return BARE_ANSWER.exec(answer)?.[1] ?? answer.trim();
}

function lastSentence(sentences: Sentence[]): string {
  return sentences.length ? sentences[sentences.length - 1]!.text : '';
}

/** A lead-in carries over short un-bulleted lines too ("We will notify users:\n On our page"). */
function leadInApplies(leadIn: string, blocks: Block[], b: number): boolean {
  if (!leadIn) return false;
  const block = blocks[b]!;
  return block.end - block.start < 120;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * What wordsAndRuns needs to know of a character, as bits: a letter or digit, a space (\s), a
 * character that may go on a word (' ’ -), half of a surrogate pair (read as a code point).
 * The loop reads SPACE as `(bits >> 1) & 1` and JOINS as `inWord & (bits >> 2)` (inWord is 0 or 1).
 */
const LN = 1;
const SPACE = 2;
const JOINS = 4;
export const SURROGATE = 8;
const KNOWN = 16;
/** A character that cheap-check.ts's `visible` takes out (INVISIBLE_CHARS: soft hyphen, zero-width space, word joiner). */
export const INVISIBLE = 32;
/**
 * For each char code of the Basic Multilingual Plane: its bits and KNOWN, or 0 when not yet asked
 * (classify). Exported for the literal scan, which counts words in its own pass (literals.ts).
 */
export const CLASS = new Uint8Array(0x10000);
for (let c = 0xd800; c <= 0xdfff; c++) CLASS[c] = KNOWN | SURROGATE;

/** 1 when the code point is a letter or digit (a word character of wordsAndRuns), else 0. */
export function codePointWord(cp: number): number {
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? 1 : 0;
}

export function classify(c: number): number {
  const bits =
    KNOWN | (LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? LN : 0) | (isSpace(c) ? SPACE : 0) | (c === 39 || c === 0x2019 || c === 45 ? JOINS : 0) | (INVISIBLE_CHARS.includes(String.fromCharCode(c)) ? INVISIBLE : 0);
  CLASS[c] = bits;
  return bits;
}

/**
 * The number of words: runs that start with a letter or digit and go on with letters, digits,
 * apostrophes and hyphens (as /[\p{L}\p{N}][\p{L}\p{N}'’-]*\/gu would count them), counted in
 * one pass without building the list of words.
 */
export function wordCount(text: string): number {
  return wordsAndRuns(text, 0);
}

/** The text wordsAndRuns read last, the prefix whose runs it counted, and their number. */
let runsText: string | undefined;
let runsLimit = 0;
let runsCount = 0;

/**
 * wordCount(text); and, in the same pass, the number of runs of characters other than \s
 * (matches of /\S+/g) in the text's first `limit` characters, kept for knownRuns (the detector
 * counts them; analyze asks for both of the same text).
 */
export function wordsAndRuns(text: string, limit: number): number {
  // Branch-free counting (the states are 0 or 1): a word starts at a letter or digit out of a
  // word, a run at a character other than a space after a space. One table lookup a character.
  let count = 0;
  let inWord = 0;
  let runs = 0;
  let space = 1;
  const n = text.length;
  const m = Math.min(n, limit);
  let i = 0;
  for (; i < m; i++) {
    const c = text.charCodeAt(i);
    let bits = CLASS[c]!;
    if (bits === 0) bits = classify(c);
    if (bits & SURROGATE) {
      // A surrogate pair is one word character or none, and two non-space characters.
      const cp = text.codePointAt(i)!;
      const ln = LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? 1 : 0;
      runs += space;
      space = 0;
      if (cp > 0xffff) i++;
      count += ln & (inWord ^ 1);
      inWord = ln;
      continue;
    }
    const ln = bits & LN;
    const sp = (bits >> 1) & 1;
    runs += space & (sp ^ 1);
    space = sp;
    count += ln & (inWord ^ 1);
    inWord = ln | (inWord & (bits >> 2));
  }
  // The rest of the text: words only.
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    let bits = CLASS[c]!;
    if (bits === 0) bits = classify(c);
    if (bits & SURROGATE) {
      const cp = text.codePointAt(i)!;
      const ln = LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? 1 : 0;
      if (cp > 0xffff) i++;
      count += ln & (inWord ^ 1);
      inWord = ln;
      continue;
    }
    const ln = bits & LN;
    count += ln & (inWord ^ 1);
    inWord = ln | (inWord & (bits >> 2));
  }
  if (limit > 0) {
    runsText = text;
    runsLimit = limit;
    runsCount = runs;
  }
  return count;
}

/** Notes the runs counted in the first `limit` characters of a text elsewhere (the literal scan), for knownRuns. */
export function rememberRuns(text: string, limit: number, runs: number): void {
  runsText = text;
  runsLimit = limit;
  runsCount = runs;
}

/** The runs that wordsAndRuns counted in the first `limit` characters of this text, if it did. */
export function knownRuns(text: string, limit: number): number | undefined {
  return runsText === text && runsLimit === limit ? runsCount : undefined;
}
