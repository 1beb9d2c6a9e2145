/**
 * The paragraph classifier at run time: the shipped weights (analyzer/classifier-weights.json,
 * written by scripts/train-classifier.mjs — never edit it by hand) turned into a probability
 * per OPP-115 category, and the decision that combines it with the rules.
 */
import { OPP115, type Category } from './classifier-categories';
import { featureCounts, sigmoid, vectorize, type FeatureOptions, type RuleView } from './classifier-features';

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
}

/** Probability per category (in OPP115 order). */
export function probabilities(
  model: Pick<Model, 'options' | 'terms' | 'idf' | 'weights' | 'bias'>,
  text: string,
  rules: RuleView,
  index: Map<string, number> = new Map(model.terms.map((t, i) => [t, i])),
): number[] {
  const v = vectorize(featureCounts(text, rules, model.options), index, model.idf, model.options.tf);
  return model.weights.map((w, c) => {
    let z = model.bias[c]!;
    for (const [j, x] of v) z += w[j]! * x;
    return sigmoid(z);
  });
}

/**
 * Words without which a text speaks of no privacy practice. The model, which reads word
 * weights, gives short generic text ("Thank you for reading.") the common categories; it may
 * only decide for a text that has at least one of these words — otherwise the rules alone do.
 */
const PRIVACY_WORDS = new RegExp(String.raw`\b(?:information|info|data|personal|cookies?|collect\w*|shar\w+|disclos\w+|privacy|e-?mail|address\w*|accounts?|track\w*|consent\w*|opt\w*|delet\w+|access\w*|retain\w*|retention|secur\w+|encrypt\w*|child\w*|minors?|third|partners?|advertis\w+|ads?|analytics|location|ip|identif\w+|process\w*|stor\w+|transfer\w*|rights?|polic(?:y|ies)|notice|profile|payment|logs?|sell|sold|sale|subscri\w+|register\w*|registration|users?|visitors?|customers?|members?|gdpr|ccpa|california|europe\w*|eea|law\w*|do not track|dnt|unsubscribe|newsletters?|communications?|marketing|contact\w*|changes?|updat\w+|modif\w+|request\w*)\b`, 'i');

/** The categories a model (with its thresholds) assigns to `text`, given the rules' categories. */
export function decide(model: Pick<Model, 'combine' | 'thresholds' | 'fallback'>, p: readonly number[], rules: readonly Category[], text: string): Category[] {
  if (!PRIVACY_WORDS.test(text)) return OPP115.filter((cat) => rules.includes(cat));
  const got = OPP115.filter((cat, c) => p[c]! >= model.thresholds[c]! || (model.combine[c] === 'or' && rules.includes(cat)));
  if (got.length || model.fallback === undefined || model.fallback >= 1) return got;
  let best = 0;
  for (let c = 1; c < OPP115.length; c++) if (p[c]! / model.thresholds[c]! > p[best]! / model.thresholds[best]!) best = c;
  return p[best]! / model.thresholds[best]! >= model.fallback ? [OPP115[best]!] : [];
}
