import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { POLICY_KEY, type RoutePolicy } from '../../src/authz/check-policies.decorator';

export interface DeclaredRoute {
  /** `METHOD /path/:param` without the /api/v1 prefix. */
  route: string;
  policy: string;
}

/** Every route of the application with the access decision it declares. */
export function declaredRoutes(app: INestApplication): DeclaredRoute[] {
  const routes: DeclaredRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
      if (!controller) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const path = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '');
        const policy = (Reflect.getMetadata(POLICY_KEY, handler) ?? Reflect.getMetadata(POLICY_KEY, controller)) as
          RoutePolicy | undefined;
        routes.push({
          route: `${RequestMethod[method]} /${[base, path].filter((part) => part && part !== '/').join('/')}`,
          policy: !policy
            ? 'UNDECLARED'
            : policy.kind === 'ability'
              ? `${policy.action} ${policy.subject}`
              : policy.kind,
        });
      }
    }
  }
  return routes.sort((a, b) => a.route.localeCompare(b.route));
}
