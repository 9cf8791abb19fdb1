import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { defineAbilityFor } from '@ethics/authz';
import { POLICY_KEY, type RoutePolicy } from '../authz/check-policies.decorator';
import { UnauthenticatedProblem } from '../common/app-errors';
import { auditContextOf, type AppRequest } from '../common/request-context';
import { AuthService } from './auth.service';

const BEARER = /^Bearer ([A-Za-z0-9_-]{20,200})$/;

/** Global: every route needs a live session unless it is declared `@Public()`. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<RoutePolicy | undefined>(POLICY_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (policy?.kind === 'public') return true;

    const request = context.switchToHttp().getRequest<AppRequest>();
    const match = BEARER.exec(request.header('authorization') ?? '');
    if (!match) throw new UnauthenticatedProblem();
    const session = await this.auth.authenticate(match[1]);
    if (!session) throw new UnauthenticatedProblem('Your session has ended; sign in again.');

    const user = { id: session.userId, email: session.email, name: session.name, role: session.role };
    request.actor = {
      user,
      sessionId: session.sessionId,
      ability: defineAbilityFor(user),
      audit: auditContextOf(request, user),
    };
    return true;
  }
}
