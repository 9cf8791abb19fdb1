import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenProblem } from '../common/app-errors';
import type { AppRequest } from '../common/request-context';
import { POLICY_KEY, type RoutePolicy } from './check-policies.decorator';

/** Raised at the first request to a route that declares no access decision. */
export class UndeclaredPolicyError extends Error {}

/**
 * Deny by default: a route that declares no policy is refused. Runs after the
 * authentication guard, so `request.actor` is set for every non-public route.
 */
@Injectable()
export class PoliciesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const policy = this.reflector.getAllAndOverride<RoutePolicy | undefined>(POLICY_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policy) throw new ForbiddenProblem('This route declares no access policy.');
    if (policy.kind === 'public') return true;
    const actor = context.switchToHttp().getRequest<AppRequest>().actor;
    if (!actor) throw new ForbiddenProblem();
    if (policy.kind === 'signed-in') return true;
    if (actor.ability.can(policy.action, policy.subject)) return true;
    throw new ForbiddenProblem(`Your role may not ${policy.action} ${policy.subject}.`);
  }
}
