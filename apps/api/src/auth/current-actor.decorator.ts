import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { UnauthenticatedProblem } from '../common/app-errors';
import type { Actor, AppRequest } from '../common/request-context';

/** The signed-in caller; only on routes behind the authentication guard. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<AppRequest>().actor;
  if (!actor) throw new UnauthenticatedProblem();
  return actor;
});

/** Request id and client address for audit events of anonymous calls (sign-in). */
export const AnonymousAuditContext = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const request = context.switchToHttp().getRequest<AppRequest>();
  return {
    actorId: null,
    actorRole: null,
    requestId: request.requestId ?? null,
    clientAddress: request.ip ?? null,
  };
});
