// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LabelView } from '../../components/LabelView';
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

  it('copies the summary and confirms it in a live region', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<LabelView label={handLabel()} analysedAt={Date.parse('2026-11-23T00:00:00Z')} truncated={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy summary' }));
    await waitFor(() => expect(screen.getByText('Copied to the clipboard.')).toBeTruthy());
    expect(writeText.mock.calls[0]![0]).toMatch(/^# Privacy label: Example Privacy Policy\n/);
  });
});
