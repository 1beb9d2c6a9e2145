import { started } from './start';
import { render } from 'preact';
import { App } from './App';
import { t } from '../../utils/i18n';
import '../../assets/popup.css';

// The first frame is the label when the background keeps one for the tab: it is asked for
// (./start, imported first) before rendering, instead of painting "Reading…" and then the
// label. The marks time each step (e2e, `npm run bench`).
document.title = t('extName');
void started.then((start) => {
  performance.mark('popup:state');
  render(<App start={start} />, document.getElementById('app')!);
  performance.mark('popup:rendered');
});
