import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { POLICY_KEY, type RoutePolicy } from '../../src/authz/check-policies.decorator';
import { createTestApp, type TestApp } from '../support/test-app';

/** Every route of the application with the access decision it declares. */
function declaredPolicies(t: TestApp): { route: string; policy: string }[] {
  const routes: { route: string; policy: string }[] = [];
  for (const module of t.app.get(ModulesContainer).values()) {
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

describe('route access policies', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('declares a policy on every route', () => {
    const undeclared = declaredPolicies(t).filter((entry) => entry.policy === 'UNDECLARED');
    expect(undeclared).toEqual([]);
  });

  // A change in this snapshot is a permission change: review it as one.
  it('matches the reviewed snapshot', () => {
    const table = declaredPolicies(t).map((entry) => `${entry.route.padEnd(48)} ${entry.policy}`);
    expect(table).toMatchSnapshot();
  });
});
