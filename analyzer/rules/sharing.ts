import type { RuleTable } from './types';

export const sharing: RuleTable = {
  section: 'sharing',
  hedgeable: true,
  rules: [],
};
