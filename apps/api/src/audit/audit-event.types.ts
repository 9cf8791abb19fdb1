import type { Role } from '@ethics/domain';

/** Who did it and from where; built once per request. */
export interface AuditContext {
  actorId: string | null;
  actorRole: Role | null;
  requestId: string | null;
  clientAddress: string | null;
}

type Snapshot = Record<string, unknown>;

interface EventBase {
  entityId: string | null;
  caseId?: string | null;
  before?: Snapshot | null;
  after?: Snapshot | null;
  reason?: string | null;
}

/**
 * Every kind of audit event, by its dotted action name, with the entity type
 * and metadata it carries. A misspelt action or a missing field is a compile
 * error rather than a gap in the trail.
 */
export interface AuditActionCatalogue {
  'case.created': { entityType: 'case' };
  'case.updated': { entityType: 'case' };
  'case.transitioned': { entityType: 'case'; metadata: { from: string; to: string } };
  'case.member_added': { entityType: 'case_member'; metadata: { userId: string } };
  'case.member_removed': { entityType: 'case_member'; metadata: { userId: string } };
  'user.created': { entityType: 'user' };
  'user.updated': { entityType: 'user' };
  'auth.login': { entityType: 'session' };
  'auth.logout': { entityType: 'session' };
  'auth.login_failed': { entityType: 'user'; metadata: { email: string; failures: number } };
  'auth.login_throttled': {
    entityType: 'login_throttle';
    metadata: { scope: string; email: string | null; refused: number; failures: number; blockedUntil: string };
  };
  'auth.lock_lifted': { entityType: 'user'; metadata: { email: string; clearedKeys: number } };
  'access.denied': {
    entityType: string;
    metadata: { method: string; path: string; ability: string; subject: string };
  };
  'policy.clause_created': { entityType: 'policy_clause' };
  'policy.clause_versioned': { entityType: 'policy_clause'; metadata: { code: string; previousId: string } };
  'subject.created': { entityType: 'subject' };
  'allegation.created': { entityType: 'allegation' };
  'allegation.updated': { entityType: 'allegation' };
  'evidence.added': { entityType: 'evidence'; metadata: { sha256: string; hasContent: boolean } };
  'evidence.updated': { entityType: 'evidence' };
  'evidence.superseded': { entityType: 'evidence'; metadata: { supersededById: string } };
  'evidence.withdrawn': { entityType: 'evidence' };
  'evidence.downloaded': { entityType: 'evidence'; metadata: { sha256: string } };
  'evidence.verified': { entityType: 'evidence'; metadata: { sha256: string; matches: boolean } };
  'task.created': { entityType: 'task' };
  'task.updated': { entityType: 'task' };
  'finding.recorded': { entityType: 'finding'; metadata: { allegationId: string } };
  'action.proposed': { entityType: 'enforcement_action' };
  'action.approved': { entityType: 'enforcement_action' };
  'action.rejected': { entityType: 'enforcement_action' };
  'action.executed': { entityType: 'enforcement_action' };
  'action.reversed': { entityType: 'enforcement_action' };
  'statement.created': { entityType: 'statement' };
  'statement.updated': { entityType: 'statement' };
  'statement.submitted': { entityType: 'statement' };
  'statement.approved': { entityType: 'statement' };
  'statement.published': { entityType: 'statement' };
  'statement.superseded': { entityType: 'statement'; metadata: { supersededById: string } };
  'audit.exported': { entityType: 'audit_export'; metadata: { format: string; filter: Snapshot } };
  'actions.exported': { entityType: 'action_export'; metadata: { format: string; filter: Snapshot } };
}

export type AuditAction = keyof AuditActionCatalogue;

export type AuditEventInput = {
  [A in AuditAction]: EventBase & { action: A } & AuditActionCatalogue[A];
}[AuditAction];
