// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage, type OptionsApi } from '../../components/OptionsPage';
import { OptionsLinks, OptionsSwitchedOff } from '../../components/OptionsLinks';
import { DEFAULT_SETTINGS, loadSettings, normaliseSettings, saveSettings, SETTINGS_KEY } from '../../utils/settings';
import { memoryStorage } from './memory-storage';

afterEach(cleanup);

/** The page over an in-memory storage area, as the entrypoint wires it over storage.local. */
function apiOver(initial?: unknown, overrides: Partial<OptionsApi> = {}) {
  const area = memoryStorage(initial === undefined ? {} : { [SETTINGS_KEY]: initial });
  const api: OptionsApi = {
    async load() {
      const r = normaliseSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
      if (r.repaired) await area.set({ [SETTINGS_KEY]: r.settings });
      return r;
    },
    save: (s) => saveSettings(area, s),
    clearAll: vi.fn(async () => {
      await area.remove(SETTINGS_KEY);
    }),
    historyUrl: 'chrome-extension://x/labels.html',
    ...overrides,
  };
  return { api, area, stored: () => loadSettings(area) };
}

const ready = () => screen.findByRole('heading', { name: 'Badge' });

describe('OptionsPage', () => {
  it('says it is loading, then shows the defaults: badge on, grade, no sites', async () => {
    const { api } = apiOver();
    const { container } = render(<OptionsPage api={api} />);
    expect(container.textContent).toContain('Loading');
    await ready();
    expect((screen.getByRole('checkbox', { name: /Show a badge/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: /the grade/ }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/runs on every site/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /history/ }).getAttribute('href')).toBe('chrome-extension://x/labels.html');
  });

  it('turns the badge off (which disables the style choice) and saves it', async () => {
    const { api, stored } = apiOver();
    render(<OptionsPage api={api} />);
    await ready();
    fireEvent.click(screen.getByRole('checkbox', { name: /Show a badge/ }));
    await screen.findByText('Saved.');
    expect((await stored()).badge).toBe(false);
    expect(screen.getByRole('radio', { name: /concerns/ }).closest('fieldset')!.disabled).toBe(true);
  });

  it('switches the badge to the number of concerns', async () => {
    const { api, stored } = apiOver();
    render(<OptionsPage api={api} />);
    await ready();
    fireEvent.click(screen.getByRole('radio', { name: /number of concerns/ }));
    await screen.findByText('Saved.');
    expect((await stored()).badgeStyle).toBe('concerns');
  });

  it('adds a site typed as an address, as its host name, and removes it again', async () => {
    const { api, stored } = apiOver();
    render(<OptionsPage api={api} />);
    await ready();
    fireEvent.input(screen.getByLabelText(/Site to add/), { target: { value: 'https://www.Example.com/privacy' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await screen.findByText(/www\.example\.com added/);
    expect((await stored()).neverRun).toEqual(['www.example.com']);
    expect((screen.getByLabelText(/Site to add/) as HTMLInputElement).value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Remove www.example.com' }));
    await screen.findByText('www.example.com removed.');
    expect((await stored()).neverRun).toEqual([]);
  });

  it.each([
    ['not a site', /"not a site" is not a site name/],
    ['   ', /Type a site name first/],
  ])('refuses %j with a message, keeping what was typed', async (typed, message) => {
    const { api, stored } = apiOver();
    render(<OptionsPage api={api} />);
    await ready();
    fireEvent.input(screen.getByLabelText(/Site to add/), { target: { value: typed } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(message);
    expect(screen.getByLabelText(/Site to add/).getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByLabelText(/Site to add/) as HTMLInputElement).value).toBe(typed);
    expect((await stored()).neverRun).toEqual([]);
  });

  it('refuses a site already on the list', async () => {
    const { api } = apiOver({ ...DEFAULT_SETTINGS, neverRun: ['example.com'] });
    render(<OptionsPage api={api} />);
    await ready();
    fireEvent.input(screen.getByLabelText(/Site to add/), { target: { value: 'EXAMPLE.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect((await screen.findByRole('alert')).textContent).toBe('example.com is already on the list.');
  });

  it('says so when the stored settings were damaged and repaired', async () => {
    const { api, stored } = apiOver({ version: 1, badge: 'maybe', badgeStyle: 'grade', neverRun: 'x' });
    render(<OptionsPage api={api} />);
    await ready();
    expect(screen.getByText(/were damaged and have been reset/)).toBeTruthy();
    expect(await stored()).toEqual(DEFAULT_SETTINGS);
  });

  it('says so when a setting cannot be saved, and keeps the page usable', async () => {
    const { api } = apiOver(undefined, { save: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')) });
    render(<OptionsPage api={api} />);
    await ready();
    fireEvent.click(screen.getByRole('checkbox', { name: /Show a badge/ }));
    await screen.findByText(/could not be saved: Error: QUOTA_BYTES/);
  });

  it('clears all stored data only after confirmation, then says it is done', async () => {
    const { api } = apiOver({ ...DEFAULT_SETTINGS, badge: false, neverRun: ['example.com'] });
    render(<OptionsPage api={api} />);
    await ready();
    fireEvent.click(screen.getByRole('button', { name: /Clear all stored data/ }));
    expect(api.clearAll).not.toHaveBeenCalled();
    expect(screen.getByRole('alertdialog').textContent).toMatch(/cannot be undone/);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(api.clearAll).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: /Clear all stored data/ }));
    fireEvent.click(screen.getByRole('button', { name: /Yes, delete everything/ }));
    await screen.findByText(/All stored data was deleted/);
    expect(api.clearAll).toHaveBeenCalledTimes(1);
    // The page shows the settings as they now are: the defaults.
    await waitFor(() => expect((screen.getByRole('checkbox', { name: /Show a badge/ }) as HTMLInputElement).checked).toBe(true));
    expect(screen.getByText(/runs on every site/)).toBeTruthy();
  });

  it('says so when clearing fails', async () => {
    const { api } = apiOver(undefined, { clearAll: () => Promise.reject(new Error('the background did not answer')) });
    render(<OptionsPage api={api} />);
    await ready();
    fireEvent.click(screen.getByRole('button', { name: /Clear all stored data/ }));
    fireEvent.click(screen.getByRole('button', { name: /Yes, delete everything/ }));
    await screen.findByText(/could not be deleted: Error: the background did not answer/);
  });

  it('says so when the settings cannot be read at all', async () => {
    const { api } = apiOver(undefined, { load: () => Promise.reject(new Error('no storage')) });
    render(<OptionsPage api={api} />);
    expect((await screen.findByRole('alert')).textContent).toContain('no storage');
  });
});

describe('popup: links and switched-off sites', () => {
  it('links to the history and the options', () => {
    render(<OptionsLinks optionsUrl="chrome-extension://x/options.html" historyUrl="chrome-extension://x/labels.html" />);
    expect(screen.getByRole('link', { name: 'Options' }).getAttribute('href')).toBe('chrome-extension://x/options.html');
    expect(screen.getByRole('link', { name: 'History' }).getAttribute('href')).toBe('chrome-extension://x/labels.html');
  });

  it('on a site where it never runs, says so and links to the options', () => {
    render(<OptionsSwitchedOff host="www.example.com" optionsUrl="chrome-extension://x/options.html" />);
    expect(screen.getByRole('heading').textContent).toBe('Privacy Label is switched off on www.example.com');
    expect(screen.getByRole('link', { name: /options/ }).getAttribute('href')).toBe('chrome-extension://x/options.html');
  });
});
