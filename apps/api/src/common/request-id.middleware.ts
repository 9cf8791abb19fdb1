import { randomUUID } from 'node:crypto';
import type { NextFunction, Response } from 'express';
import type { AppRequest } from './request-context';

export const REQUEST_ID_HEADER = 'x-request-id';
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Echoes a caller's well-formed X-Request-Id, or makes one up; logs and audit events carry it. */
export function requestIdMiddleware(request: AppRequest, response: Response, next: NextFunction): void {
  const given = request.header(REQUEST_ID_HEADER);
  request.requestId = given && ACCEPTABLE_REQUEST_ID.test(given) ? given : randomUUID();
  response.setHeader('X-Request-Id', request.requestId);
  next();
}
