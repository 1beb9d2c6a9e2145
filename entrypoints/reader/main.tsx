import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadReader, type ReaderLoad } from '../../utils/reader-data';
import { ReaderView } from '../../components/ReaderView';
import { StatusMessage } from '../../components/StatusMessage';
import { t } from '../../utils/i18n';
import '../../assets/popup.css';
import '../../assets/reader.css';

function Reader() {
  const [load, setLoad] = useState<ReaderLoad>();
  useEffect(() => {
    document.title = t('reader_title');
    void loadReader(location.search)
      .catch((e: unknown): ReaderLoad => ({ ok: false, text: t('error_unexpected', String(e)) }))
      .then(setLoad);
  }, []);
  if (!load) {
    return (
      <main class="reader-status" aria-busy="true">
        <StatusMessage title={t('reader_loading')} />
      </main>
    );
  }
  if (!load.ok) {
    return (
      <main class="reader-status">
        <StatusMessage title={t('error_title')} text={load.text} />
      </main>
    );
  }
  return <ReaderView data={load.data} />;
}

render(<Reader />, document.getElementById('app')!);
