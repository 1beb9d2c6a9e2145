import { render } from 'preact';
import { App } from './App';
import { popupStart, type PopupStart } from '../../utils/popup-data';
import { errorText } from '../../utils/popup-text';
import { t } from '../../utils/i18n';
import '../../assets/popup.css';

// The first frame is the label when the background keeps one for the tab: ask it once, before
// rendering, instead of painting "Reading…" and then the label. The marks time each step (e2e).
performance.mark('popup:script');
document.title = t('extName');
void popupStart()
  .catch((e: unknown): PopupStart => ({ view: { kind: 'error', text: errorText(String(e)) } }))
  .then((start) => {
    performance.mark('popup:state');
    render(<App start={start} />, document.getElementById('app')!);
    performance.mark('popup:rendered');
  });
