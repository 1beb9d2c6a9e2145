import type { RuleTable } from './types';

export const purposes: RuleTable = {
  section: 'purposes',
  hedgeable: true,
  rules: [],
};
