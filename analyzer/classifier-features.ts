/**
 * The features of the paragraph classifier (TF-IDF over words and word pairs, plus the
 * heading, the rules' own answer and a small cue lexicon), shared by the training script and
 * by `classify` so that both see a paragraph the same way. Pure and deterministic.
 */
import { OPP115, type Category } from './classifier-categories';

export interface FeatureOptions {
  /** Word pairs as well as words. */
  bigrams: boolean;
  /** Words of a leading heading line again, marked `h:`. */
  heading: boolean;
  /** The rules' categories as features `r:<index>`. */
  rules: boolean;
  /** Character n-grams (inside words, with boundaries) of these lengths, marked `c:`. */
  chars: number[];
  /** The rules' sections and items and the topic cues that fired, as features (`s:`, `i:`, `q:`). */
  signals?: boolean;
  /** The cue lexicon (LEXICON) as features `x:<name>`. */
  lexicon?: boolean;
  /** Term weight: `sublinear` (1 + log tf, the default) or `binary`. */
  tf?: 'sublinear' | 'binary';
}

/** What the rules say of a paragraph: its categories, and its sections, items and cue ids. */
export interface RuleView {
  categories: readonly Category[];
  /** `s:<section>`, `i:<section/item>`, `q:<cue id>`. */
  signals: readonly string[];
}

const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'and', 'or', 'in', 'on', 'for', 'is', 'are', 'be', 'as', 'at', 'by', 'it', 'this', 'that', 'with']);

/**
 * Hand-written cue phrases, grouped by what they point to; each group that matches is one
 * feature, so that rare wordings of a practice share one weight with the common ones.
 */
export const LEXICON: readonly (readonly [string, RegExp])[] = [
  ['opt-out', /\bopt(?:ing)?[- ]?out\b|\bunsubscrib\w*|\bopt[- ]in\b|\bremove (?:yourself|your name) from\b|\bstop receiving\b/i],
  ['choice', /\b(?:you (?:can|may) (?:choose|elect|decide|decline|refuse|disable|turn off|change|adjust|set|manage|control|withdraw|limit)|choose not to|(?:your|the) (?:choices?|preferences|settings)|privacy settings|at any time)\b/i],
  ['consent', /\b(?:withdraw|revoke)\w* (?:your )?consent\b|\bwithout your (?:prior )?(?:express )?consent\b|\bwith your consent\b/i],
  ['object-restrict', /\bright to (?:object|restrict)|\bobject to\b|\brestrict(?:ion)? (?:of )?(?:the )?(?:our )?(?:processing|use)\b/i],
  ['decline', /\b(?:if you (?:do not|don['’]t) (?:want|wish)|(?:choose|opt|elect|prefer) not to|choose whether|opportunity to (?:choose|opt|decline)|(?:may|can) decline|optional(?:ly)?|voluntar\w+|(?:you are|is) not (?:required|obligated))\b/i],
  ['accept', /\bby (?:clicking|continuing|navigating|using)\b|\bi accept\b|\byou (?:accept|agree|consent) to\b|\b(?:implied|express|explicit|prior|affirmative) consent\b/i],
  ['preferences', /\b(?:e-?mail|communication|notification|marketing|privacy|cookie|ad|advertising|account|location) (?:preferences|settings|permissions)\b|\bturn (?:on|off)\b|\bpermissions?\b/i],
  ['browser-cookies', /\b(?:browser|device) settings?\b|\b(?:disable|block|reject|refuse|delete|decline|manage) (?:all )?(?:the )?cookies\b|\bset your browser\b/i],
  ['access-edit', /\b(?:access|review|correct|update|amend|edit|rectify|delete|erase|remove) (?:and \w+ )?(?:of )?(?:your|the|any|such)? ?(?:personal )?(?:information|data|account|profile)\b|\bright (?:to|of) (?:access|rectification|erasure|deletion|be forgotten|data portability)\b|\bclose your account\b/i],
  ['retention', /\b(?:retain|retention|retained|keep|kept|store[ds]?|preserve[ds]?)\b[^.]{0,60}\b(?:as long as|for (?:a period|up to|\d+|one|two|three|six|twelve)|until|no longer than|period|necessary)\b|\bdata retention\b|\bretention period\b|\b(?:delete|destroy|anonymi[sz]e)[ds]? (?:it |them |the data )?(?:after|within)\b/i],
  ['security', /\bencrypt\w*|\bssl\b|\btls\b|\bsecure socket|\bfirewall|\bsafeguard\w*|\bsecurity (?:measures|procedures|practices|standards)|\bunauthori[sz]ed (?:access|use|disclosure)|\b(?:physical|technical|administrative|electronic|organi[sz]ational),? (?:and (?:\w+ )?)?(?:safeguards|measures|procedures)|\bno (?:method|transmission)\b[^.]{0,60}\b(?:secure|internet)|\bpassword/i],
  ['children', /\bchild(?:ren)?\b|\bunder (?:the age of )?1[3-8]\b|\bminors?\b|\bcoppa\b|\bparents?\b|\bteens?\b|\b1[3-8] years\b/i],
  ['regional', /\bcalifornia\b|\bccpa\b|\bshine the light\b|\beurope\w*|\beea\b|\bgdpr\b|\bunited kingdom\b|\bswitzerland\b|\bcanad\w+|\bresidents? of\b|\bnevada\b|\bvirginia\b|\bbrazil\w*|\bsupervisory authority\b/i],
  ['dnt', /\bdo[- ]not[- ]track\b|\bdnt\b|\btracking signals?\b|\bglobal privacy control\b/i],
  ['policy-change', /\b(?:change|changes|modify|modification|modifications|amend|amendments?|update|updates|revise|revision|revisions)\b[^.]{0,40}\b(?:this|our|the) (?:privacy )?(?:policy|statement|notice)\b|\b(?:effective|last (?:updated|modified|revised)) (?:date|on)?\b|\bcontinued use\b|\bpost(?:ing)? (?:the|any) (?:changes|revised|updated)\b|\bmaterial changes?\b/i],
  ['third-party', /\bthird[- ]part(?:y|ies)\b|\b(?:share|shares|shared|sharing|disclose|disclosed|disclosure|sell|sold|rent|transfer|provide)\b[^.]{0,50}\b(?:with|to) (?:our |any |other |trusted |selected )?(?:partners?|affiliates?|advertisers?|service providers?|vendors?|companies|third|law enforcement|government|authorities|subsidiaries)\b|\b(?:google analytics|facebook|doubleclick|ad networks?|advertising networks?)\b/i],
  ['first-party', /\bwe (?:may )?(?:automatically )?(?:collect|gather|obtain|receive|use|process|record|log)\b|\b(?:information|data) (?:we|you) (?:collect|provide)\b|\bwhen you (?:register|sign up|create an account|visit|use)\b|\b(?:ip address|browser type|device (?:identifier|id|information)|log (?:files|data|information))\b/i],
];

/** Lower-case word tokens, numbers folded to `0`, a light plural strip. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().replace(/[’‘]/g, "'").matchAll(/[a-z][a-z'-]*[a-z]|[a-z]|\d+/g)) {
    let w = m[0];
    if (/^\d/.test(w)) w = '0';
    else {
      w = w.replace(/'s$/, '').replace(/'/g, '');
      if (w.length > 4 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1);
    }
    out.push(w);
  }
  return out;
}

/** A first line that reads as a heading: short, no sentence punctuation, with text after it. */
export function headingOf(text: string): string | undefined {
  const nl = text.indexOf('\n');
  if (nl < 0) return undefined;
  const first = text.slice(0, nl).trim();
  if (!first || first.length > 90 || /[.;,]$/.test(first) || first.startsWith('•')) return undefined;
  return first;
}

/** Raw feature counts of a paragraph. */
export function featureCounts(text: string, rules: RuleView, o: FeatureOptions): Map<string, number> {
  const f = new Map<string, number>();
  const add = (k: string) => f.set(k, (f.get(k) ?? 0) + 1);
  const ws = words(text);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (!STOP.has(w)) add(w);
    if (o.bigrams && i + 1 < ws.length) add(`${w} ${ws[i + 1]!}`);
  }
  if (o.heading) {
    const h = headingOf(text);
    if (h) for (const w of words(h)) if (!STOP.has(w)) add(`h:${w}`);
  }
  if (o.chars.length) {
    for (const w of ws) {
      const b = `<${w}>`;
      for (const n of o.chars) for (let i = 0; i + n <= b.length; i++) add(`c:${b.slice(i, i + n)}`);
    }
  }
  if (o.rules) for (const c of rules.categories) add(`r:${OPP115.indexOf(c)}`);
  if (o.signals) for (const s of rules.signals) add(s);
  if (o.lexicon) for (const [name, re] of LEXICON) if (re.test(text)) add(`x:${name}`);
  return f;
}

/** tf (sublinear or binary) × idf over the known terms, L2-normalised: term index → value. */
export function vectorize(counts: Map<string, number>, index: Map<string, number>, idf: readonly number[], tf: FeatureOptions['tf'] = 'sublinear'): Map<number, number> {
  const v = new Map<number, number>();
  let norm = 0;
  for (const [k, n] of counts) {
    const i = index.get(k);
    if (i === undefined) continue;
    const x = (tf === 'binary' ? 1 : 1 + Math.log(n)) * idf[i]!;
    v.set(i, x);
    norm += x * x;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [i, x] of v) v.set(i, x / norm);
  return v;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
