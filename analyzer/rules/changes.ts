import type { RuleTable } from './types';

export const changes: RuleTable = {
  section: 'changes',
  hedgeable: true,
  rules: [],
};
