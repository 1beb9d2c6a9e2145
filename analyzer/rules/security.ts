import type { RuleTable } from './types';

export const security: RuleTable = {
  section: 'security',
  hedgeable: true,
  rules: [],
};
