import type { RuleTable } from './types';

export const contact: RuleTable = {
  section: 'contact',
  hedgeable: false,
  rules: [],
};
