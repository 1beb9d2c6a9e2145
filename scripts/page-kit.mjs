// Small helpers shared by the scripts that build test pages (fixture-pages-lang, fixture-pages-intl,
// make-fixture-pages-stress, eval-detect): HTML escaping and a deterministic choice.

/** Escapes text for HTML element content. */
export const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** FNV-1a 32-bit hash: the same key always makes the same choice, with no random seed. */
export function hash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** An element of `list` chosen by `key`. */
export const pick = (list, key) => list[hash(key) % list.length];
