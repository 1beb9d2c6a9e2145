/** The key under which the background keeps a tab's state in storage.session; the popup reads it there. */
export const tabStateKey = (tabId: number): string => `tab:${tabId}`;
