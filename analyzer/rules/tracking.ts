import type { RuleTable } from './types';

export const tracking: RuleTable = {
  section: 'tracking',
  hedgeable: true,
  rules: [],
};
