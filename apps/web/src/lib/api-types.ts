/**
 * Request and response shapes of the HTTP API (see docs/API.md).
 *
 * Temporary: every type here will be replaced by the client generated from the OpenAPI document
 * into libs/api-client. Until then this is the only file that declares API shapes by hand, so the
 * switch is one import change per feature.
 */
import type { RawRuleOf } from '@casl/ability';
import type { PackRule } from '@casl/ability/extra';
import type { AppAbility } from '@ethics/authz';
import type { CaseOutcome, CaseStatus, Page, Role, Severity } from '@ethics/domain';

/** One invalid input, named by the request body property it concerns. */
export interface ProblemFieldError {
  field: string;
  message: string;
}

/** RFC 9457 problem details, the body of every error response. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: ProblemFieldError[];
}

export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface LoginResponse {
  accessToken: string;
  /** ISO 8601 UTC. */
  expiresAt: string;
  user: AuthUser;
}

/** CASL rules as the API sends them, packed with `packRules` from '@casl/ability/extra'. */
export type PackedRules = PackRule<RawRuleOf<AppAbility>>[];

export interface MeResponse extends AuthUser {
  rules: PackedRules;
}

export interface CaseSummary {
  id: string;
  /** Like `ETH-2026-0042`. */
  reference: string;
  title: string;
  summary: string;
  severity: Severity;
  status: CaseStatus;
  outcome: CaseOutcome | null;
  restricted: boolean;
  region: string | null;
  openedAt: string;
  dueAt: string | null;
  closedAt: string | null;
  version: number;
  leadId: string | null;
}

export type CasePage = Page<CaseSummary>;

export interface CaseListQuery {
  q?: string;
  status?: CaseStatus;
  severity?: Severity;
  limit?: number;
  cursor?: string;
}

export interface CreateCaseRequest {
  title: string;
  summary: string;
  severity: Severity;
}

/** `POST /cases` answers 201 with the case it opened. */
export type CreateCaseResponse = CaseSummary;
