import { createContext } from 'preact';

/** How a quote asks to be shown in the page; absent where there is no page (tests, exports). */
export const JumpContext = createContext<((quote: string) => Promise<boolean>) | undefined>(undefined);
