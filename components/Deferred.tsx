import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';

/**
 * True while the popup renders its first frame: what a closed <details> holds (quotes, the
 * reasons for a rating) is not on screen then, so it is left out of that frame and rendered
 * right after it (entrypoints/popup/App.tsx). Elsewhere (tests, the history page) it is false
 * and everything renders at once.
 */
export const DeferHidden = createContext(false);

/** The body of a closed <details>: rendered once the first frame is on screen. */
export function Hidden({ children }: { children: ComponentChildren }) {
  return useContext(DeferHidden) ? null : <>{children}</>;
}

/** Whether this render is the popup's first frame (see DeferHidden). */
export const useFirstFrame = (): boolean => useContext(DeferHidden);
