/**
 * Names for the API's shapes, all taken from the client generated from the OpenAPI document
 * (`@ethics/api-client`, never edited by hand). Nothing here declares a response by hand: when the
 * API changes, regenerating the client changes these types and the compiler shows what to adapt.
 */
import type { RawRuleOf } from '@casl/ability';
import type { PackRule } from '@casl/ability/extra';
import type { components, paths } from '@ethics/api-client';
import type { AppAbility } from '@ethics/authz';

export type { paths };
export type Schemas = components['schemas'];

export type SessionUser = Schemas['SessionUserDto'];
export type MeResponse = Schemas['MeResponseDto'];
export type LoginRequest = Schemas['LoginDto'];
export type LoginResponse = Schemas['LoginResponseDto'];

export type CaseSummary = Schemas['CaseDto'];
export type CaseDetail = Schemas['CaseDetailDto'];
export type CaseMember = Schemas['CaseMemberDto'];
export type Allegation = Schemas['AllegationDto'];
export type Subject = Schemas['SubjectDto'];
export type SubjectDetail = Schemas['SubjectDetailDto'];
export type PolicyClause = Schemas['PolicyClauseDto'];
export type Evidence = Schemas['EvidenceDto'];
export type EvidenceVerification = Schemas['EvidenceVerificationDto'];
export type CustodyEntry = Schemas['CustodyEntryDto'];
export type Task = Schemas['TaskDto'];
export type Finding = Schemas['FindingDto'];
export type EnforcementAction = Schemas['EnforcementActionDto'];
export type Statement = Schemas['StatementDto'];
export type TimelineEntry = Schemas['TimelineEntryDto'];
export type Service = Schemas['ServiceDto'];

/** The query parameters an operation accepts, e.g. `QueryOf<'/api/v1/cases', 'get'>`. */
export type QueryOf<P extends keyof paths, M extends 'get' | 'post'> = paths[P][M] extends {
  parameters: { query?: infer Q };
}
  ? NonNullable<Q>
  : never;

/**
 * The OpenAPI document declares some optional, nullable text fields of request bodies without a
 * type, which the generator renders as `Record<string, never>` (for example an allegation's
 * `sourceReference` or a task's `assigneeId`). They are strings (or null) on the wire. Until the
 * API declares them properly, forms build bodies with this type and pass them on with
 * `requestBody()`, the one place that bridges the two.
 */
export type RequestBody<T> = {
  [K in keyof T]: NonNullable<T[K]> extends Record<string, never> ? string | null | Exclude<T[K], object> : T[K];
};

export function requestBody<T>(body: RequestBody<T>): T {
  return body as T;
}

/** CASL rules as `/auth/me` sends them, packed with `packRules` from '@casl/ability/extra'. */
export type PackedRules = PackRule<RawRuleOf<AppAbility>>[];
