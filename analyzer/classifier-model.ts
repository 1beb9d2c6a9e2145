/**
 * The paragraph classifier at run time: the shipped weights (analyzer/classifier-weights.json,
 * written by scripts/train-classifier.mjs — never edit it by hand) turned into a probability
 * per OPP-115 category, and the decision that combines it with the rules.
 */
import { OPP115, type Category } from './classifier-categories';
import { featureCounts, headingOf, sigmoid, vectorize, type FeatureOptions, type RuleView } from './classifier-features';
import { decodeCodes, mlpForward, toRow, unpackMlp, type Mlp, type PackedMlp } from './classifier-mlp';
import { embed, tableIndex, type EmbedTable } from './classifier-embed';

/**
 * The logistic regression (classifier-train.ts `fit`): it chooses the terms, their idf and the
 * networks' kept input rows; its own weights are not shipped (`probabilities` serves the
 * experiments, scripts/exp-mlp.mjs).
 */
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
 * The shipped classifier (analyzer/classifier-weights.json): a few small networks
 * (analyzer/classifier-mlp.ts) over the TF-IDF vector of the logistic regression's terms, their
 * probabilities averaged, then the same per-category combination with the rules and thresholds.
 */
export interface NetModel {
  version: 2;
  options: FeatureOptions;
  categories: Category[];
  terms: string[];
  idf: number[];
  combine: ('or' | 'model')[];
  thresholds: number[];
  nets: PackedMlp[];
  /**
   * The word-vector table (analyzer/classifier-embeddings.json) whose averaged vector follows
   * the terms as the networks' last `dims` inputs (analyzer/classifier-embed.ts); absent = none.
   */
  embed?: EmbedTable;
}

/** analyzer/classifier-weights.json as written by `serializeNets` (classifier-train.ts). */
export interface NetModelJson extends Omit<NetModel, 'nets' | 'embed'> {
  /** How many word-vector inputs follow the terms (the table is a file of its own). */
  embed?: number;
  /** The input terms whose first-layer rows are kept, shared by the nets. */
  rows: number[];
  nets: (Omit<PackedMlp, 'codes' | 'rows'> & { codes: string })[];
}

/** A model ready to run: networks expanded, term index built. */
export interface LoadedNetModel extends Omit<NetModel, 'nets'> {
  nets: Mlp[];
  index: Map<string, number>;
  embedIndex?: Map<string, number>;
}

/** Networks expanded for running (any other fields kept). */
export function expandNets<T extends Pick<NetModel, 'terms' | 'nets' | 'embed'>>(m: T): Omit<T, 'nets'> & { nets: Mlp[]; index: Map<string, number>; embedIndex?: Map<string, number> } {
  const dim = m.terms.length + (m.embed?.dims ?? 0);
  return { ...m, nets: m.nets.map((p) => unpackMlp(p, dim)), index: new Map(m.terms.map((t, i) => [t, i])), ...(m.embed ? { embedIndex: tableIndex(m.embed) } : {}) };
}

/** The model of analyzer/classifier-weights.json, ready to run. */
export function loadNetModel(json: NetModelJson, table?: EmbedTable): LoadedNetModel {
  const { rows, nets, embed: dims, ...rest } = json;
  if (dims && dims !== table?.dims) throw new Error(`the classifier weights expect ${dims ?? 0} word-vector inputs, the table gives ${table?.dims ?? 0}`);
  return expandNets({ ...rest, ...(dims && table ? { embed: table } : {}), nets: nets.map((n) => ({ ...n, rows, codes: decodeCodes(n.codes, n.bits, rows.length * n.hidden) })) });
}

/** The networks' input row of a paragraph: its TF-IDF vector, then its averaged word vector. */
export function netInput(model: Pick<LoadedNetModel, 'options' | 'idf' | 'index' | 'embed' | 'embedIndex' | 'terms'>, text: string, rules: RuleView): Map<number, number> {
  const v = vectorize(featureCounts(text, rules, model.options), model.index, model.idf, model.options.tf);
  if (model.embed && model.embedIndex) {
    const D = model.terms.length;
    embed(text, model.embed, model.embedIndex).forEach((x, d) => x && v.set(D + d, x));
  }
  return v;
}

/** Probability per category (in OPP115 order): the mean of the networks'. */
export function netProbabilities(model: Pick<LoadedNetModel, 'options' | 'idf' | 'nets' | 'index' | 'embed' | 'embedIndex' | 'terms'>, text: string, rules: RuleView): number[] {
  const x = toRow(netInput(model, text, rules));
  const h = new Float64Array(model.nets[0]!.hidden);
  const sum = new Array<number>(OPP115.length).fill(0);
  for (const net of model.nets) mlpForward(net, x, h).forEach((p, c) => (sum[c]! += p));
  return sum.map((p) => p / model.nets.length);
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
export function decide(model: Pick<Model, 'combine' | 'thresholds'>, p: readonly number[], rules: readonly Category[], text: string): Category[] {
  const dnt = speaksOfDoNotTrack(text);
  const cats = PRIVACY_WORDS.test(text)
    ? OPP115.filter((cat, c) => p[c]! >= model.thresholds[c]! || (model.combine[c] === 'or' && rules.includes(cat)))
    : OPP115.filter((cat) => rules.includes(cat));
  return cats.filter((cat) => dnt || cat !== OPP115[DNT]);
}
