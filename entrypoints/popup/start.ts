import { popupStart, type PopupStart } from '../../utils/popup-data';
import { errorText } from '../../utils/popup-text';

// Imported first by main.tsx, so that the tab and its label are asked for before the UI's
// modules (Preact, the components) are evaluated.
performance.mark('popup:script');
export const started: Promise<PopupStart> = popupStart().catch((e: unknown): PopupStart => ({ view: { kind: 'error', text: errorText(String(e)) } }));
