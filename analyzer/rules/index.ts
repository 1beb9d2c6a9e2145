import type { RuleTable } from './types';
import { collection } from './collection';
import { purposes } from './purposes';
import { sharing } from './sharing';
import { tracking } from './tracking';
import { retention } from './retention';
import { rights } from './rights';
import { security } from './security';
import { audiences } from './audiences';
import { transfers } from './transfers';
import { changes } from './changes';
import { contact } from './contact';

/** Every rule table, in the order of shared/LABEL.md. */
export const RULE_TABLES: readonly RuleTable[] = [
  collection, purposes, sharing, tracking, retention, rights, security, audiences, transfers, changes, contact,
];
