import { startExtractor } from '../utils/extractor';

/**
 * Extraction, jump-to-sentence and "find this site's policy", injected by the background
 * (`scripting.executeScript`) only into pages that may be policies or that the reader asked
 * to analyse — never into every page. The logic is in utils/extractor.ts.
 */
export default defineUnlistedScript(() => startExtractor());
