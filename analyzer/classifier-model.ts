/**
 * The paragraph classifier at run time: the shipped weights (analyzer/classifier-weights.json,
 * written by scripts/train-classifier.mjs — never edit it by hand) turned into a probability
 * per OPP-115 category, and the decision that combines it with the rules.
 */
import { OPP115, type Category } from './classifier-categories';
import { featureCounts, sigmoid, vectorize, type FeatureOptions } from './classifier-features';

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
}

/** Probability per category (in OPP115 order). */
export function probabilities(
  model: Pick<Model, 'options' | 'terms' | 'idf' | 'weights' | 'bias'>,
  text: string,
  rules: readonly Category[],
  index: Map<string, number> = new Map(model.terms.map((t, i) => [t, i])),
): number[] {
  const v = vectorize(featureCounts(text, rules, model.options), index, model.idf);
  return model.weights.map((w, c) => {
    let z = model.bias[c]!;
    for (const [j, x] of v) z += w[j]! * x;
    return sigmoid(z);
  });
}

/** The categories a model (with its thresholds) assigns, given the rules' categories. */
export function decide(model: Pick<Model, 'combine' | 'thresholds'>, p: readonly number[], rules: readonly Category[]): Category[] {
  return OPP115.filter((cat, c) => p[c]! >= model.thresholds[c]! || (model.combine[c] === 'or' && rules.includes(cat)));
}
