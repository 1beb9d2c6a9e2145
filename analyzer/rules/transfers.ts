import type { RuleTable } from './types';

export const transfers: RuleTable = {
  section: 'transfers',
  hedgeable: true,
  rules: [],
};
