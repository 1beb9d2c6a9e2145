import type { RuleTable } from './types';

export const retention: RuleTable = {
  section: 'retention',
  hedgeable: true,
  rules: [],
};
