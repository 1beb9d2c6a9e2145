import type { SectionId } from './types';
import { OPP115, MAPPING, type Category } from './classifier-categories';
import { decide, loadNetModel, netProbabilities, type NetModelJson } from './classifier-model';
import { ruleAnswer, SECTION_ORDER, type Classification } from './classifier-rules';
import weights from './classifier-weights.json';
import embeddings from './classifier-embeddings.json';
import { loadTable, type EmbedTableJson } from './classifier-embed';

export type { Classification };

const MODEL = loadNetModel(weights as unknown as NetModelJson, loadTable(embeddings as unknown as EmbedTableJson));

/**
 * Which sections and items a single paragraph speaks about, whatever the polarity ("we do not
 * sell your data" speaks about sharing/sale). Questions count: a paragraph that asks "Do we
 * share your data?" is about sharing.
 *
 * The rules (and topic cues) answer first; a small statistical model (three averaged
 * one-hidden-layer networks over TF-IDF features and the paragraph's averaged word vector,
 * trained on our annotated paragraphs, analyzer/classifier-weights.json and
 * analyzer/classifier-embeddings.json) then
 * decides, per OPP-115 category, whether the paragraph speaks about it: for some categories
 * a rule hit or a confident model is enough, for others the model has the last word (as
 * chosen by cross-validation on the development set). A category the model adds without a
 * rule hit is reported as its section, with the item the wording points to.
 */
export function classify(input: string): Classification {
  const { classification: rules, view, text: paragraph } = ruleAnswer(input);
  const ruleCats = view.categories;
  const cats = new Set(decide(MODEL, netProbabilities(MODEL, paragraph, view), ruleCats, paragraph));
  const sections = new Set<SectionId>(rules.sections);
  const items = new Set(rules.items);
  for (const cat of OPP115) {
    if (cats.has(cat) || !ruleCats.includes(cat)) continue;
    // The model overrules the rules: drop what counted for this category.
    for (const s of MAPPING[cat].sections ?? []) {
      sections.delete(s as SectionId);
      for (const i of [...items]) if (i.startsWith(`${s}/`)) items.delete(i);
    }
    for (const i of MAPPING[cat].items ?? []) items.delete(i);
  }
  for (const s of ['tracking', 'rights'] as const) {
    if (rules.items.some((i) => i.startsWith(`${s}/`)) && ![...items].some((i) => i.startsWith(`${s}/`))) sections.delete(s);
  }
  for (const cat of cats) {
    if (ruleCats.includes(cat)) continue;
    const item = itemFor(cat, paragraph);
    const section = (item?.split('/')[0] ?? sectionFor(cat, paragraph)) as SectionId;
    sections.add(section);
    if (item) items.add(item);
  }
  return {
    sections: [...sections].sort((a, b) => SECTION_ORDER.indexOf(a) - SECTION_ORDER.indexOf(b)),
    items: [...items].sort(),
  };
}

function sectionFor(cat: Category, text: string): string {
  if (cat === 'First Party Collection/Use') return /\b(?:collect|gather|obtain|receive|record)/i.test(text) || !/\b(?:use|uses|using|purposes?)\b/i.test(text) ? 'collection' : 'purposes';
  return MAPPING[cat].sections![0]!;
}

/** The item of a category that the model found and the rules did not, by its wording. */
function itemFor(cat: Category, text: string): string | undefined {
  switch (cat) {
    case 'Third Party Sharing/Collection':
      return undefined;
    case 'User Choice/Control':
      if (/\bcookies?\b|\bbrowser\b/i.test(text)) return 'tracking/cookie-controls';
      if (/\bwithdraw|\bconsent/i.test(text)) return 'rights/withdraw-consent';
      if (/\bobject/i.test(text)) return 'rights/object';
      if (/\brestrict/i.test(text)) return 'rights/restrict';
      if (/\bsell|\bsale\b/i.test(text)) return 'rights/opt-out-sale';
      return 'rights/opt-out-marketing';
    case 'User Access, Edit and Deletion':
      if (/\b(?:delet|eras|remov)/i.test(text)) return 'rights/deletion';
      if (/\b(?:correct|rectif|updat|edit|chang|amend)/i.test(text)) return 'rights/correction';
      if (/\b(?:portab|export|download)/i.test(text)) return 'rights/portability';
      return 'rights/access';
    case 'Do Not Track':
      return 'tracking/do-not-track';
    default:
      return undefined;
  }
}
