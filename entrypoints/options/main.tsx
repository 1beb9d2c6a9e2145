import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsPage, type OptionsApi } from '../../components/OptionsPage';
import { normaliseSettings, saveSettings, SETTINGS_KEY, type StorageLike } from '../../utils/settings';
import { t } from '../../utils/i18n';
import '../../assets/popup.css';
import '../../assets/pages.css';

const local = browser.storage.local as unknown as StorageLike;

const api: OptionsApi = {
  async load() {
    const raw = (await local.get(SETTINGS_KEY))[SETTINGS_KEY];
    const r = normaliseSettings(raw);
    if (r.repaired) await local.set({ [SETTINGS_KEY]: r.settings });
    return r;
  },
  save: (s) => saveSettings(local, s),
  async clearAll() {
    const reply = (await browser.runtime.sendMessage({ type: 'ui:clear-data' })) as { ok?: boolean } | undefined;
    if (!reply?.ok) throw new Error('the background did not answer');
  },
  historyUrl: browser.runtime.getURL('/labels.html'),
};

document.title = t('options_title');
render(<OptionsPage api={api} />, document.getElementById('app')!);
