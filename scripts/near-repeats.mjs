// When two annotated paragraphs count as the same reading: word-for-word copies (same words,
// case and punctuation aside) and near-repeats (word 3-grams shared ≥ half of the smaller
// paragraph's). Used by scripts/annotation-batches.mjs to keep copies out of a new draw and by
// tests/unit/annotated.test.ts to keep the held-out file apart from the development file.

/** The paragraph's words, lower case, joined by single spaces: equal for word-for-word copies. */
export const wordKey = (text) => (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).join(' ');

/** Word 3-grams of a text. */
export function shingles(text) {
  const w = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return new Set(w.slice(2).map((x, i) => `${w[i]} ${w[i + 1]} ${x}`));
}

/** Share of the smaller set that the two have in common. */
export function overlap(a, b) {
  if (!a.size || !b.size) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n / small.size;
}

/**
 * An index of `texts` by shingle; `repeatsOf(text)` lists the indexes of the texts that `text`
 * nearly repeats (shared shingles ≥ `threshold` of the smaller set), in one pass over its own
 * shingles — linear in the texts, not quadratic.
 */
export function nearRepeatIndex(texts, threshold = 0.5) {
  const sets = texts.map(shingles);
  const holders = new Map();
  sets.forEach((set, i) => {
    for (const s of set) {
      const list = holders.get(s);
      if (list) list.push(i);
      else holders.set(s, [i]);
    }
  });
  return {
    repeatsOf(text) {
      const own = shingles(text);
      const shared = new Map();
      for (const s of own) for (const i of holders.get(s) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
      return [...shared].filter(([i, n]) => own.size && n / Math.min(own.size, sets[i].size) >= threshold).map(([i]) => i);
    },
  };
}
