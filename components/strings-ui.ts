/**
 * The English strings of the options, history, compare and changed-policy views, by key, in
 * the form of `_locales/en/messages.json` ($1, $2 placeholders), so that they can move there
 * as they are. `ui(key, ...subs)` fills them in.
 */
export const UI_STRINGS = {
  optionsTitle: 'Privacy Label options',
  optionsBadgeHeading: 'Badge',
  optionsBadgeOn: 'Show a badge on privacy policy pages automatically',
  optionsBadgeStyle: 'The badge shows',
  optionsBadgeStyleGrade: 'the grade (A–E)',
  optionsBadgeStyleConcerns: 'the number of concerns',
  optionsNeverHeading: 'Sites where Privacy Label never runs',
  optionsNeverHelp: 'Pages of these sites (and their subdomains) get no badge, no label and are not kept in the history.',
  optionsNeverNone: 'None: Privacy Label runs on every site.',
  optionsNeverAddLabel: 'Site to add (for example example.com)',
  optionsNeverAdd: 'Add',
  optionsNeverRemove: 'Remove $1',
  optionsNeverRemoveShort: 'Remove',
  optionsNeverInvalid: '"$1" is not a site name. Type a host name such as example.com, or paste an address.',
  optionsNeverEmpty: 'Type a site name first, such as example.com.',
  optionsNeverDuplicate: '$1 is already on the list.',
  optionsNeverAdded: '$1 added: Privacy Label will not run there.',
  optionsNeverRemoved: '$1 removed.',
  optionsDataHeading: 'Stored data',
  optionsDataHelp: 'Privacy Label keeps the labels of policies you have opened on this computer only; nothing is ever sent anywhere.',
  optionsDataHistory: 'Open the history of analysed policies',
  optionsClear: 'Clear all stored data…',
  optionsClearConfirm: 'Delete the history of analysed policies, the labels of open tabs, and reset these settings? This cannot be undone.',
  optionsClearYes: 'Yes, delete everything',
  optionsClearNo: 'Cancel',
  optionsCleared: 'All stored data was deleted and the settings were reset.',
  optionsClearFailed: 'The data could not be deleted: $1',
  optionsSaved: 'Saved.',
  optionsSaveFailed: 'The setting could not be saved: $1',
  optionsRepaired: 'The stored settings were damaged and have been reset to their defaults where needed.',
  loading: 'Loading…',

  historyTitle: 'Privacy policies you have analysed',
  historyHelp: 'Kept on this computer only (at most 200 labels); open one to read its label, or choose two to compare them.',
  historyEmpty: 'No policies yet. Open a privacy policy and its label will be kept here.',
  historyReset: 'The stored history was damaged or in an old format and has been reset. Labels will be kept again from now on.',
  historyOpen: 'Open',
  historyDelete: 'Delete',
  historyDeleteLabel: 'Delete the label of $1',
  historyDeleted: 'Deleted the label of $1.',
  historyCompareChoose: 'Compare',
  historyCompareChooseLabel: 'Choose $1 to compare',
  historyCompare: 'Compare the two chosen',
  historyCompareHint: 'Choose two policies to compare them side by side.',
  historyAnalysed: 'analysed $1',
  historyChanged: 'changed $1',
  historyConcerns: '$1 concerns',
  historyBack: 'Back to the list',
  historyMissing: 'This label is no longer stored.',
  historyError: 'The history could not be read: $1',
  historyOptions: 'Options',

  compareTitle: 'Two privacy labels side by side',
  compareNotStated: 'Not stated',
  compareGrade: 'Grade $1',
  compareSame: 'Same in both',

  changedTitle: 'Policy changed since $1',
  changedIntro: 'What its label says differently from the last time it was analysed:',
  changedAdded: 'Added',
  changedRemoved: 'Removed',
  changedFlipped: 'Changed',
  changedGrade: 'Grade $1 → $2',
  changedFlagAdded: 'New flag: $1',
  changedFlagRemoved: 'Flag gone: $1',
  changedMay: 'may',
  changedRatingsOnly: 'Only section ratings changed.',

  popupOptions: 'Options',
  popupHistory: 'History',
  popupOffTitle: 'Privacy Label is switched off on $1',
  popupOffText: 'You chose in the options that Privacy Label never runs on this site, so it shows no badge and no label here.',
  popupOffLink: 'Change this in the options',
} as const;

export type UiKey = keyof typeof UI_STRINGS;

export function ui(key: UiKey, ...subs: (string | number)[]): string {
  return UI_STRINGS[key].replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
}

/** A date as the reader reads it (local, e.g. 30 Nov 2026). */
export function uiDate(t: number): string {
  return new Date(t).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}
