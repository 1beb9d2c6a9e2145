// JSON lines (one object a line, blank lines skipped): the annotated-paragraph fixtures and
// the annotation batches. One reader for every script, so that they fail alike.
import { existsSync, readFileSync } from 'node:fs';

/**
 * The objects of a JSON-lines file. A line that is not JSON stops with its file and line
 * number. A missing file is an error, or no rows with `{ missingOk: true }`.
 */
export function readJsonl(file, { missingOk = false } = {}) {
  if (missingOk && !existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').map((line, i) => [line, i]).filter(([line]) => line.trim()).map(([line, i]) => {
    try {
      return JSON.parse(line);
    } catch {
      throw new Error(`${file}:${i + 1}: not a JSON line`);
    }
  });
}
