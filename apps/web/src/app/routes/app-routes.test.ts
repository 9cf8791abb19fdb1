import { lazy } from 'react';
import { describe, expect, it } from 'vitest';
import { testUser } from '../../testing/render';
import type { AppRoute } from './app-route';
import { homePathFor, navigationFor } from './app-routes';
import { coreRoutes } from './core-routes';
import { extraRoutes } from './extra-routes';

const Page = lazy(() => Promise.resolve({ default: () => null }));

const extra: AppRoute[] = [
  {
    path: 'dashboard',
    page: Page,
    nav: { label: 'Outcomes', order: 5 },
    allowed: ({ ability }) => ability.can('read', 'Metrics'),
    homeFor: ['executive'],
  },
];

describe('route registry', () => {
  it('shows each role the navigation entries meant for it, in order', () => {
    expect(navigationFor(testUser('reviewer'), coreRoutes).map((n) => n.label)).toEqual([
      'My queue',
      'Cases',
      'Subjects',
    ]);
    expect(navigationFor(testUser('lead'), coreRoutes).map((n) => n.label)).toEqual([
      'My queue',
      'Team queue',
      'Approvals',
      'Cases',
      'Subjects',
    ]);
    expect(navigationFor(testUser('executive'), [...coreRoutes, ...extra]).map((n) => n.label)).toEqual([
      'Outcomes',
      'Cases',
      'Subjects',
    ]);
  });

  it('gives leads the outcomes screen of the app, and reviewers not', () => {
    const labels = (role: 'reviewer' | 'lead') =>
      navigationFor(testUser(role), [...coreRoutes, ...extraRoutes]).map((n) => n.label);
    expect(labels('lead')).toContain('Outcomes');
    expect(labels('reviewer')).not.toContain('Outcomes');
  });

  it('lands reviewers and leads on their queue, and others on the page registered for them', () => {
    const routes = [...coreRoutes, ...extra];
    expect(homePathFor(testUser('reviewer'), routes)).toBe('/queue');
    expect(homePathFor(testUser('lead'), routes)).toBe('/queue');
    expect(homePathFor(testUser('executive'), routes)).toBe('/dashboard');
    expect(homePathFor(testUser('auditor'), coreRoutes)).toBe('/cases');
    expect(homePathFor(testUser('admin'), coreRoutes)).toBeNull();
  });
});
