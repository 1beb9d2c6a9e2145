import { createInterface } from 'node:readline';
import { analyze } from '../analyzer/label';
import { detectText } from '../analyzer/detect';
import { classify } from '../analyzer/classify';
import { summaryMarkdown } from '../analyzer/summary';
import { detectContext, readInput, UserError } from './input';

const USAGE = `Usage:
  privacy-label analyze FILE [--json | --markdown]   label of a policy (.html, .txt or .md)
  privacy-label detect FILE                          is FILE a privacy policy?
  privacy-label classify                             JSON lines {"id","text"} on stdin → sections and items`;

/** Runs the CLI; returns the exit code. */
export async function main(args: string[]): Promise<number> {
  quietOnClosedPipe();
  const [command, ...rest] = args;
  try {
    switch (command) {
      case 'analyze':
      case 'analyse':
        return await analyzeCommand(rest);
      case 'detect':
        return await detectCommand(rest);
      case 'classify':
        return await classifyCommand();
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(`${USAGE}\n`);
        return 0;
      default:
        process.stderr.write(`privacy-label: ${command ? `unknown command "${command}"` : 'no command given'}\n${USAGE}\n`);
        return 2;
    }
  } catch (e) {
    if (e instanceof UserError) {
      process.stderr.write(`privacy-label: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

/**
 * `privacy-label analyze big.html | head` closes stdout early: stop quietly (exit 0, no stack
 * trace), as other command-line tools do; any other output error is one line and exit 1.
 */
function quietOnClosedPipe(): void {
  if (process.stdout.listenerCount('error') > 0) return;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    process.stderr.write(`privacy-label: cannot write the output: ${e.code ?? e.message}\n`);
    process.exit(1);
  });
}

function fileArg(rest: string[], allowed: string[]): { file: string; flags: Set<string> } {
  const flags = new Set(rest.filter((a) => a.startsWith('--')));
  for (const f of flags) if (!allowed.includes(f)) throw new UserError(`unknown option ${f}`);
  const files = rest.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) throw new UserError(files.length ? 'give one FILE only' : 'no FILE given');
  return { file: files[0]!, flags };
}

async function analyzeCommand(rest: string[]): Promise<number> {
  const { file, flags } = fileArg(rest, ['--json', '--markdown']);
  if (flags.has('--json') && flags.has('--markdown')) throw new UserError('choose --json or --markdown, not both');
  const input = await readInput(file);
  for (const w of input.warnings) process.stderr.write(`privacy-label: warning: ${w}\n`);
  const detection = detectText(input.text, detectContext(input));
  const label = analyze(input.text, {
    url: input.url,
    title: input.title,
    blocks: input.blocks.length ? input.blocks : undefined,
    detection,
  });
  process.stdout.write(flags.has('--json') ? `${JSON.stringify(label, null, 2)}\n` : summaryMarkdown(label));
  return 0;
}

async function detectCommand(rest: string[]): Promise<number> {
  const { file } = fileArg(rest, []);
  const input = await readInput(file);
  for (const w of input.warnings) process.stderr.write(`privacy-label: warning: ${w}\n`);
  const d = detectText(input.text, detectContext(input));
  process.stdout.write(`${JSON.stringify({ isPolicy: d.isPolicy, confidence: d.confidence, reasons: d.reasons })}\n`);
  return 0;
}

async function classifyCommand(): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    process.stdout.write(`${JSON.stringify(classifyLine(line, n))}\n`);
  }
  return 0;
}

export function classifyLine(line: string, n: number): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (e) {
    return { line: n, error: `invalid JSON: ${(e as Error).message}` };
  }
  if (typeof parsed !== 'object' || parsed === null || typeof (parsed as { text?: unknown }).text !== 'string') {
    const id = (parsed as { id?: unknown } | null)?.id;
    return { line: n, ...(id !== undefined ? { id } : {}), error: 'expected an object with a "text" string' };
  }
  const { id, text } = parsed as { id?: unknown; text: string };
  const c = classify(text);
  return { id: id ?? null, sections: c.sections, items: c.items };
}
