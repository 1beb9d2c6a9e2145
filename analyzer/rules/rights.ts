import type { RuleTable } from './types';

export const rights: RuleTable = {
  section: 'rights',
  hedgeable: false,
  rules: [],
};
