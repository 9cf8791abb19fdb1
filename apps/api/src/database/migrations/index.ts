import { InitialSchema1795885424914 } from './1795885424914-InitialSchema';
import { CaseDomain1795886627696 } from './1795886627696-CaseDomain';
import { StatementEditors1796178170333 } from './1796178170333-StatementEditors';
import { LoginThrottles1796184022827 } from './1796184022827-LoginThrottles';
import { AuditSequencer1796190000000 } from './1796190000000-AuditSequencer';
import { OutcomeSnapshots1796220000000 } from './1796220000000-OutcomeSnapshots';

/** Every migration, in order. */
export const MIGRATIONS = [
  InitialSchema1795885424914,
  CaseDomain1795886627696,
  StatementEditors1796178170333,
  LoginThrottles1796184022827,
  AuditSequencer1796190000000,
  OutcomeSnapshots1796220000000,
];
