/**
 * Runs of non-space characters, counted without a regex. A module of its own, with no tables
 * beyond one of 33 bytes, so that the extractor's bundle can count words as detection does.
 */
const LOW_SPACE = new Uint8Array(33);
LOW_SPACE[32] = 1;
for (let c = 9; c <= 13; c++) LOW_SPACE[c] = 1;

/** JavaScript's \s as 1 (space) or 0, for branch-free counting (detection's runs of \S). */
export function spaceBit(c: number): number {
  if (c <= 32) return LOW_SPACE[c]!;
  if (c < 0xa0) return 0;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff ? 1 : 0;
}

/** The number of matches of /\S+/g in the text, counted without running the regex (branch-free). */
export function countRuns(text: string): number {
  return countRunsIn(text, 0, text.length);
}

/** countRuns(text.slice(from, to)), without the slice. */
export function countRunsIn(text: string, from: number, to: number): number {
  let n = 0;
  let prev = 1;
  for (let i = from; i < to; i++) {
    const sp = spaceBit(text.charCodeAt(i));
    n += prev & (sp ^ 1);
    prev = sp;
  }
  return n;
}
