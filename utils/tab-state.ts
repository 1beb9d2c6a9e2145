import type { PageExtract, TabState } from './messages';
import { analyze } from '../analyzer/label';
import { detectText } from '../analyzer/detect';
import { detectLanguage } from '../analyzer/language';

/**
 * An extracted page → the state the badge and popup show. `force`: the reader asked to
 * analyse a page that is not a policy; it gets a label all the same.
 */
export function stateFromExtract(page: PageExtract, force: boolean, now = Date.now()): TabState {
  const detection = detectText(page.text, { url: page.url, title: page.title, headings: page.headings });
  const language = detectLanguage(page.text);
  if (!detection.isPolicy && !force) {
    return { kind: 'not-policy', url: page.url, reasons: detection.reasons, detection, ...(page.policyLink ? { policyLink: page.policyLink } : {}) };
  }
  if (detection.isPolicy && language !== 'en' && language !== 'und') {
    return { kind: 'unsupported-language', url: page.url, language, detection };
  }
  const label = analyze(page.text, { url: page.url, title: page.title, blocks: page.blocks, detection });
  if (page.truncated) label.source.truncated = true;
  return { kind: detection.isPolicy ? 'policy' : 'analysed', url: page.url, label, analysedAt: now, truncated: page.truncated };
}
