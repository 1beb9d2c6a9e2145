import { render } from 'preact';
import { browser } from 'wxt/browser';
import { HistoryPage, type HistoryApi } from '../../components/HistoryPage';
import { getEntry, readIndex, removeEntry, takeNotice } from '../../utils/history-store';
import type { StorageLike } from '../../utils/settings';
import { t } from '../../utils/i18n';
import '../../assets/popup.css';
import '../../assets/pages.css';

/** The history of analysed policies and the side-by-side comparison: storage.local only. */
const local = browser.storage.local as unknown as StorageLike;

const api: HistoryApi = {
  async list() {
    const index = await readIndex(local);
    const notice = await takeNotice(local);
    return { entries: index.entries, ...(notice ? { notice } : {}) };
  },
  get: (url) => getEntry(local, url),
  remove: (url) => removeEntry(local, url),
  optionsUrl: browser.runtime.getURL('/options.html'),
};

document.title = t('history_title');
render(<HistoryPage api={api} />, document.getElementById('app')!);
