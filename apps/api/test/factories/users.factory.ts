import type { Role } from '@ethics/domain';
import * as argon2 from 'argon2';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createTestApp, type TestApp } from '../support/test-app';
import { UserEntity } from '../../src/modules/users/entities/user.entity';

export const TEST_PASSWORD = 'correct-horse-battery-staple';
let passwordHash: Promise<string> | null = null;

export interface TestUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  token: string;
}

/** A fresh user of the given role, signed in through the API. */
export async function signedInUser(
  t: TestApp,
  role: Role,
  name = `${role} ${randomUUID().slice(0, 8)}`,
): Promise<TestUser> {
  passwordHash ??= argon2.hash(TEST_PASSWORD, { type: argon2.argon2id });
  const email = `${role}-${randomUUID()}@test.example`;
  const user = await t.dataSource
    .getRepository(UserEntity)
    .save({ email, name, role, passwordHash: await passwordHash, active: true });
  const response = await request(t.http)
    .post('/api/v1/auth/login')
    .send({ email, password: TEST_PASSWORD })
    .expect(200);
  return { id: user.id, email, name, role, token: (response.body as { accessToken: string }).accessToken };
}

/** Fresh users of the given roles, signed in side by side. */
export const signedInUsers = (t: TestApp, roles: Role[]) => Promise.all(roles.map((role) => signedInUser(t, role)));

/**
 * The users most suites act as: one of each role, and a second reviewer and lead who join no
 * case unless a test adds them (the outsider and the other lead).
 */
const CAST_ROLES = {
  reviewer: 'reviewer',
  outsider: 'reviewer',
  lead: 'lead',
  otherLead: 'lead',
  executive: 'executive',
  auditor: 'auditor',
  admin: 'admin',
} as const satisfies Record<string, Role>;

export type Cast = Record<keyof typeof CAST_ROLES, TestUser>;

export async function signInCast(t: TestApp): Promise<Cast> {
  const users = await Promise.all(
    Object.entries(CAST_ROLES).map(async ([part, role]) => [part, await signedInUser(t, role)] as const),
  );
  return Object.fromEntries(users) as Cast;
}

/** A fresh app with the cast signed in: what most suites start from. */
export async function startWithCast(): Promise<{ t: TestApp; cast: Cast }> {
  const t = await createTestApp();
  return { t, cast: await signInCast(t) };
}

/** A fresh app with one user of `role` signed in. */
export async function startSignedIn(role: Role): Promise<{ t: TestApp; user: TestUser }> {
  const t = await createTestApp();
  return { t, user: await signedInUser(t, role) };
}

export const bearer = (user: { token: string }) => ({ Authorization: `Bearer ${user.token}` });

/** POSTs `body` to `path` as `user` and returns what the API created; anything but 201 fails the test. */
export async function createdThroughApi<T>(t: TestApp, user: TestUser, path: string, body: object): Promise<T> {
  const response = await request(t.http).post(path).set(bearer(user)).send(body).expect(201);
  return response.body as T;
}
