/**
 * The paragraph classifier at run time: the shipped weights (analyzer/classifier-weights.json,
 * written by scripts/train-classifier.mjs — never edit it by hand) turned into a probability
 * per OPP-115 category, and the decision that combines it with the rules.
 */
import { OPP115, type Category } from './classifier-categories';
import { featureCounts, headingOf, sigmoid, vectorize, type FeatureOptions, type RuleView } from './classifier-features';

export interface Model {
  version: 1;
  options: FeatureOptions;
  categories: Category[];
  terms: string[];
  idf: number[];
  /** weights[category][term] */
  weights: number[][];
  bias: number[];
  /** Per category: `or` = rule hit or p ≥ threshold; `model` = p ≥ threshold alone. */
  combine: ('or' | 'model')[];
  thresholds: number[];
  /**
   * When no category reaches its threshold, the one closest to it (largest p / threshold) is
   * still assigned if that ratio is at least this (absent or ≥ 1: never).
   */
  fallback?: number;
  /**
   * Sentence pooling: the probability is (1 − pool) × the paragraph's + pool × the largest of
   * its sentences' (each sentence read with the paragraph's rule answer). Absent or 0: off.
   */
  pool?: number;
  /**
   * Second stage (co-occurrence): per category, weights over the nine first-stage logits, the
   * nine rule flags and a bias (19 numbers), fitted on out-of-fold first-stage answers.
   */
  stack?: number[][];
}

/**
 * The model as shipped in analyzer/classifier-weights.json, where the weights are written as
 * whole hundredths (`"weightScale": 100`) to keep the file small.
 */
export function loadModel(json: Model & { weightScale?: number }): Model {
  const { weightScale, ...model } = json;
  return weightScale ? { ...model, weights: model.weights.map((w) => w.map((x) => x / weightScale)) } : model;
}

/** Probability per category (in OPP115 order). */
export function probabilities(
  model: Pick<Model, 'options' | 'terms' | 'idf' | 'weights' | 'bias' | 'pool' | 'stack'>,
  text: string,
  rules: RuleView,
  index: Map<string, number> = new Map(model.terms.map((t, i) => [t, i])),
): number[] {
  const one = (t: string) => {
    const v = vectorize(featureCounts(t, rules, model.options), index, model.idf, model.options.tf);
    return model.weights.map((w, c) => {
      let z = model.bias[c]!;
      for (const [j, x] of v) z += w[j]! * x;
      return sigmoid(z);
    });
  };
  let p = one(text);
  const pool = model.pool ?? 0;
  const sentences = pool > 0 ? splitSentences(text) : [];
  if (sentences.length >= 2) {
    const best = new Array<number>(p.length).fill(0);
    for (const s of sentences) one(s).forEach((x, c) => (best[c] = Math.max(best[c]!, x)));
    p = p.map((x, c) => (1 - pool) * x + pool * best[c]!);
  }
  return model.stack ? stacked(model.stack, p, rules.categories) : p;
}

/** The second stage's input: first-stage logits, rule flags, 1. */
export function stackInput(p: readonly number[], rules: readonly Category[]): number[] {
  const logit = (x: number) => Math.log(Math.min(Math.max(x, 1e-4), 1 - 1e-4) / (1 - Math.min(Math.max(x, 1e-4), 1 - 1e-4)));
  return [...p.map(logit), ...OPP115.map((c) => (rules.includes(c) ? 1 : 0)), 1];
}

function stacked(stack: readonly (readonly number[])[], p: readonly number[], rules: readonly Category[]): number[] {
  const x = stackInput(p, rules);
  return stack.map((w) => sigmoid(w.reduce((z, wi, i) => z + wi * x[i]!, 0)));
}

/** Sentences (and heading or list lines) of a paragraph, for pooling. */
export function splitSentences(text: string): string[] {
  return text.split(/\n+|(?<=[.!?;:])\s+(?=[A-Z("“•\d])/).map((s) => s.trim()).filter((s) => /[a-z]{3}/i.test(s));
}

/**
 * Words without which a text speaks of no privacy practice. The model, which reads word
 * weights, gives short generic text ("Thank you for reading.") the common categories; it may
 * only decide for a text that has at least one of these words — otherwise the rules alone do.
 */
const PRIVACY_WORDS = new RegExp(String.raw`\b(?:information|info|data|personal|cookies?|collect\w*|shar\w+|disclos\w+|privacy|e-?mail|address\w*|accounts?|track\w*|consent\w*|opt\w*|delet\w+|access\w*|retain\w*|retention|secur\w+|encrypt\w*|child\w*|minors?|third|partners?|advertis\w+|ads?|analytics|location|ip|identif\w+|process\w*|stor\w+|transfer\w*|rights?|polic(?:y|ies)|notice|profile|payment|logs?|sell|sold|sale|subscri\w+|register\w*|registration|users?|visitors?|customers?|members?|gdpr|ccpa|california|europe\w*|eea|law\w*|do not track|dnt|unsubscribe|newsletters?|communications?|marketing|contact\w*|changes?|updat\w+|modif\w+|request\w*)\b`, 'i');

/**
 * Do Not Track needs the paragraph itself (not only its heading) to speak of the browser's
 * signal: tests/fixtures/ANNOTATION.md, "a heading that names a topic its paragraph does not
 * treat does not add that category" — a cookie paragraph under "Cookies and Do Not Track" is
 * not about Do Not Track. A guideline, applied to the rules and the model alike.
 */
const DNT_WORDS = /\bdo[- ]?not[- ]?track|\bdnt\b|\b(?:tracking|browser|preference|privacy) signals?\b|\bglobal privacy control|\bgpc\b|\bnot (?:to )?be\W{0,2}tracked\b/i;

/** Whether the body of a paragraph (without a leading heading line) speaks of Do Not Track. */
export function speaksOfDoNotTrack(text: string): boolean {
  const h = headingOf(text);
  return DNT_WORDS.test(h === undefined ? text : text.slice(text.indexOf('\n') + 1));
}

const DNT = OPP115.indexOf('Do Not Track');

/** The categories a model (with its thresholds) assigns to `text`, given the rules' categories. */
export function decide(model: Pick<Model, 'combine' | 'thresholds' | 'fallback'>, p: readonly number[], rules: readonly Category[], text: string): Category[] {
  const dnt = speaksOfDoNotTrack(text);
  return decideAll(model, p, rules, text).filter((cat) => dnt || cat !== OPP115[DNT]);
}

function decideAll(model: Pick<Model, 'combine' | 'thresholds' | 'fallback'>, p: readonly number[], rules: readonly Category[], text: string): Category[] {
  if (!PRIVACY_WORDS.test(text)) return OPP115.filter((cat) => rules.includes(cat));
  const got = OPP115.filter((cat, c) => p[c]! >= model.thresholds[c]! || (model.combine[c] === 'or' && rules.includes(cat)));
  if (got.length || model.fallback === undefined || model.fallback >= 1) return got;
  let best = 0;
  for (let c = 1; c < OPP115.length; c++) if (p[c]! / model.thresholds[c]! > p[best]! / model.thresholds[best]!) best = c;
  return p[best]! / model.thresholds[best]! >= model.fallback ? [OPP115[best]!] : [];
}
