// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LabelView } from '../../components/LabelView';
import { PopupView, type PopupState } from '../../components/PopupView';
import { JumpContext } from '../../components/jump';
import { errorText, restrictedText } from '../../utils/popup-text';
import type { TabState } from '../../utils/messages';
import { handLabel } from './label-fixture';

afterEach(cleanup);

describe('LabelView', () => {
  it('shows the headline four sections first, then the rest, each with a heading', () => {
    const { container } = render(<LabelView label={handLabel()} analysedAt={Date.now()} truncated={false} />);
    const ids = [...container.querySelectorAll('[data-section]')].map((s) => s.getAttribute('data-section'));
    expect(ids).toEqual(['collection', 'sharing', 'retention', 'rights', 'purposes', 'tracking', 'security', 'audiences', 'transfers', 'changes', 'contact']);
    expect(screen.getByRole('heading', { name: /Sharing/ })).toBeTruthy();
  });

  it('marks each item with a word, not colour alone, and quotes its evidence', () => {
    const { container } = render(<LabelView label={handLabel()} analysedAt={Date.now()} truncated={false} />);
    const sale = container.querySelector('[data-section="sharing"] [data-item="sale"]')!;
    expect(sale.getAttribute('data-polarity')).toBe('no');
    expect(sale.textContent).toContain('No');
    expect(sale.querySelector('blockquote')!.textContent).toBe('We do not sell your personal data.');
    const period = container.querySelector('[data-item="period"]')!;
    expect(period.textContent).toContain('(may)');
    expect(period.textContent).toContain('up to one year');
  });

  it('explains each rating with the rubric lines that produced it, and the grade with its points', () => {
    const { container } = render(<LabelView label={handLabel()} analysedAt={Date.now()} truncated={false} />);
    const why = container.querySelector('[data-section="sharing"] details.why')!;
    expect(why.querySelector('summary')!.textContent).toMatch(/^Why/);
    expect(why.textContent).toMatch(/does not sell your data/);
    const gradeWhy = container.querySelector('details.grade-why')!;
    expect(gradeWhy.textContent).toMatch(/Why grade [A-E]\?/);
    expect(gradeWhy.textContent).toMatch(/\+2 · Says it does not sell your data\./);
  });

  it('says "Not stated" for a section with no items', () => {
    const { container } = render(<LabelView label={handLabel()} analysedAt={Date.now()} truncated={false} />);
    expect(container.querySelector('[data-section="rights"]')!.textContent).toContain('Not stated');
  });

  it('renders policy text as text, never as markup', () => {
    const { container } = render(<LabelView label={handLabel()} analysedAt={Date.now()} truncated={false} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('shows flags at the top and the truncation notice', () => {
    const { container } = render(<LabelView label={handLabel()} analysedAt={Date.now()} truncated={true} />);
    expect(container.querySelector('[data-flag="outdated-law"]')!.textContent).toContain('Privacy Shield');
    expect(container.textContent).toContain('only its first 2 million characters');
  });

  it('copies the label as plain text, Markdown or JSON and confirms each in a live region', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<LabelView label={handLabel()} analysedAt={Date.parse('2026-11-23T00:00:00Z')} truncated={false} />);
    const status = () => screen.getByRole('status').textContent;

    fireEvent.click(screen.getByRole('button', { name: 'Copy as text' }));
    await waitFor(() => expect(status()).toBe('Copied as plain text.'));
    const text = writeText.mock.calls[0]![0] as string;
    expect(text).toMatch(/^Privacy label: Example Privacy Policy\nhttps:\/\/example.com\/privacy\n/);
    expect(text).toContain('SHARING (good)');
    expect(text).toContain('  * Sells or rents your data: No');
    expect(text).not.toMatch(/^#|\*\*|^>/m);

    fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    await waitFor(() => expect(status()).toBe('Copied as Markdown.'));
    expect(writeText.mock.calls[1]![0]).toMatch(/^# Privacy label: Example Privacy Policy\n/);

    fireEvent.click(screen.getByRole('button', { name: 'Copy as JSON' }));
    await waitFor(() => expect(status()).toBe('Copied as JSON.'));
    const json = JSON.parse(writeText.mock.calls[2]![0] as string);
    expect(json.source.title).toBe('Example Privacy Policy');
    expect(json.grade.letter).toMatch(/^[A-E]$/);
    expect(json.sections.find((s: { id: string }) => s.id === 'sharing').items[0].polarity).toBe('no');
    expect(json.text).toBeUndefined();
  });

  it('says when copying failed', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn().mockRejectedValue(new Error('denied')) }, configurable: true });
    render(<LabelView label={handLabel()} analysedAt={Date.now()} truncated={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy as text' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Could not copy/));
  });

  it('heads the label with site, title, effective date, length, reading time and language', () => {
    const { container } = render(<LabelView label={handLabel()} analysedAt={Date.now()} truncated={false} />);
    const head = container.querySelector('header.label-head')!;
    expect(head.querySelector('.site')!.textContent).toBe('example.com');
    expect(head.querySelector('h1')!.textContent).toBe('Example Privacy Policy');
    expect(head.textContent).toContain('Effective 31 Jan 2024');
    expect(head.textContent).toContain('27 words, 1 min to read — summarised in 1');
    expect(head.textContent).toContain('Language: English');
    expect(screen.getByRole('img', { name: /^Grade [A-E]$/ })).toBeTruthy();
  });

  it('offers the reader only where a tab can be read', () => {
    const open = vi.fn();
    const first = render(<LabelView label={handLabel()} analysedAt={Date.now()} truncated={false} />);
    expect(screen.queryByRole('button', { name: 'Read the full policy' })).toBeNull();
    first.unmount();
    render(<LabelView label={handLabel()} analysedAt={Date.now()} truncated={false} onOpenReader={open} />);
    fireEvent.click(screen.getByRole('button', { name: 'Read the full policy' }));
    expect(open).toHaveBeenCalledOnce();
  });

  it('opens an item to its quotes, which jump to the page', async () => {
    const jump = vi.fn().mockResolvedValue(false);
    const { container } = render(
      <JumpContext.Provider value={jump}>
        <LabelView label={handLabel()} analysedAt={Date.now()} truncated={false} />
      </JumpContext.Provider>,
    );
    const details = container.querySelector<HTMLDetailsElement>('[data-item="sale"] details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toContain('1 quote');
    fireEvent.click(details.querySelector('summary')!);
    expect(details.open).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'We do not sell your personal data.' }));
    expect(jump).toHaveBeenCalledWith('We do not sell your personal data.');
    await waitFor(() => expect(details.textContent).toContain('(no longer on the page)'));
  });
});

const state = (s: TabState): PopupState => ({ kind: 'state', state: s });
const detection = { isPolicy: false, confidence: 0.1, reasons: [] };

describe('PopupView: each state the popup can be in', () => {
  it('policy: the label', () => {
    const { container } = render(<PopupView view={state({ kind: 'policy', url: 'https://example.com/privacy', label: handLabel(), analysedAt: 0, truncated: false })} />);
    expect(container.querySelector('article.label')).not.toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Example Privacy Policy');
  });

  it('not a policy: says so, offers to analyse it anyway and the site policy it links to', () => {
    const onAnalyse = vi.fn();
    const onAnalyseSitePolicy = vi.fn();
    render(
      <PopupView
        view={state({ kind: 'not-policy', url: 'https://example.com/news', reasons: [], detection, policyLink: { url: 'https://example.com/privacy', text: 'Privacy', reason: 'text' } })}
        onAnalyse={onAnalyse}
        onAnalyseSitePolicy={onAnalyseSitePolicy}
      />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('This page is not a privacy policy');
    fireEvent.click(screen.getByRole('button', { name: "Analyse this site's privacy policy" }));
    fireEvent.click(screen.getByRole('button', { name: 'Analyse this page anyway' }));
    expect(onAnalyseSitePolicy).toHaveBeenCalledOnce();
    expect(onAnalyse).toHaveBeenCalledOnce();
    expect(document.querySelector('article.label')).toBeNull();
  });

  it('not a policy, busy: the buttons say so and cannot be pressed twice', () => {
    render(<PopupView view={state({ kind: 'not-policy', url: 'https://example.com/', reasons: [] })} busy onAnalyse={vi.fn()} />);
    const button = screen.getByRole('button', { name: 'Analysing…' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
  });

  it('unsupported language: names the language and shows no label', () => {
    render(<PopupView view={state({ kind: 'unsupported-language', url: 'https://example.de/datenschutz', language: 'de', detection })} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('A privacy policy in German: detected, not yet analysed');
    expect(document.body.textContent).toContain('English policies only');
    expect(document.querySelector('article.label')).toBeNull();
  });

  it('restricted page: says it cannot be read, and why', () => {
    render(<PopupView view={{ kind: 'restricted', text: restrictedText('browser-page') }} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('This page cannot be read');
    expect(document.body.textContent).toContain("one of the browser's own pages");
  });

  it('analysis error: a clear message, never a raw code', () => {
    render(<PopupView view={{ kind: 'error', text: errorText('fetch-failed') }} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('No label for this page');
    expect(document.body.textContent).toContain("The site's privacy policy page could not be loaded.");
    expect(errorText('weird-code')).toBe('Something went wrong: weird-code');
  });

  it('loading: says it is reading', () => {
    render(<PopupView view={{ kind: 'loading' }} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Reading the policy…');
  });
});
