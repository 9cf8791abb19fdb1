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
 * Every kind of audit event, by its dotted action name. The entity type and
 * metadata are fixed per action, so a misspelt action or a missing field is a
 * compile error rather than a gap in the trail.
 */
export type AuditEventInput = EventBase &
  (
    | { action: 'case.created'; entityType: 'case' }
    | { action: 'case.updated'; entityType: 'case' }
    | { action: 'case.transitioned'; entityType: 'case'; metadata: { from: string; to: string } }
    | { action: 'case.member_added' | 'case.member_removed'; entityType: 'case_member'; metadata: { userId: string } }
    | { action: 'user.created' | 'user.updated'; entityType: 'user' }
    | { action: 'auth.login' | 'auth.logout'; entityType: 'session' }
    | {
        action: 'auth.login_failed';
        entityType: 'session';
        metadata: { email: string; rateLimited: boolean };
      }
    | {
        action: 'access.denied';
        entityType: string;
        metadata: { method: string; path: string; ability: string; subject: string };
      }
  );

export type AuditAction = AuditEventInput['action'];
