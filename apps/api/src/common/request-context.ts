import type { AppAbility } from '@ethics/authz';
import type { Role } from '@ethics/domain';
import type { Request } from 'express';
import type { AuditContext } from '../audit/audit-event.types';

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** The signed-in caller, attached to the request by the authentication guard. */
export interface Actor {
  user: SignedInUser;
  sessionId: string;
  ability: AppAbility;
  audit: AuditContext;
}

export interface AppRequest extends Request {
  requestId: string;
  actor?: Actor;
}

export function clientAddressOf(request: Request): string | null {
  return request.ip ?? request.socket.remoteAddress ?? null;
}

export function auditContextOf(request: AppRequest, user: SignedInUser | null): AuditContext {
  return {
    actorId: user?.id ?? null,
    actorRole: user?.role ?? null,
    requestId: request.requestId ?? null,
    clientAddress: clientAddressOf(request),
  };
}
