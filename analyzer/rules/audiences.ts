import type { RuleTable } from './types';

export const audiences: RuleTable = {
  section: 'audiences',
  hedgeable: true,
  rules: [],
};
