import { ArgumentsHost, Catch, HttpException, type ExceptionFilter } from '@nestjs/common';
import { ForbiddenError } from '@casl/ability';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { AccessDeniedRecorder } from '../authz/access-denied.recorder';
import { AppError, RetryLaterProblem, ValidationProblem } from './app-errors';
import { genericProblem, PROBLEM_CONTENT_TYPE, problemType, type ProblemDetails } from './problem-details';
import type { AppRequest } from './request-context';

/** SQLSTATE classes caused by what a client sent, not by a fault of ours. */
const CLIENT_DATA_ERRORS: Record<string, number> = {
  '22P02': 400, // invalid text representation
  '22001': 400, // string too long
  '22003': 400, // numeric value out of range
  '22007': 400, // invalid datetime format
  '22008': 400, // datetime field overflow
  '22021': 400, // character not in repertoire
  '23502': 400, // not-null violation
  '23503': 422, // foreign key violation
  '23505': 409, // unique violation
  '23514': 400, // check violation
};

/** Express body-parser errors, by their `type`. */
const BODY_PARSER_ERRORS: Record<string, ProblemDetails> = {
  'entity.parse.failed': genericProblem(400, 'The request body is not valid JSON.'),
  'entity.too.large': genericProblem(413, 'The request body is too large.'),
  'encoding.unsupported': genericProblem(415, 'The request body encoding is not supported.'),
  'charset.unsupported': genericProblem(415, 'The request body charset is not supported.'),
  'request.aborted': genericProblem(400, 'The request was aborted.'),
  'request.size.invalid': genericProblem(400, 'The request body size does not match its length.'),
  'stream.encoding.set': genericProblem(400, 'The request body could not be read.'),
  'parameters.too.many': genericProblem(413, 'The request has too many parameters.'),
};

/**
 * The only place where errors become HTTP answers: RFC 9457 problem details,
 * never a stack trace or SQL. Refusals (403) are written to the audit trail.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  constructor(private readonly accessDenied: AccessDeniedRecorder) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<AppRequest>();
    const response = http.getResponse<Response>();
    const problem = this.toProblem(exception, request);
    if (exception instanceof RetryLaterProblem) {
      response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    }
    if (problem.status === 403 && request.actor) {
      void this.accessDenied.record(request, problem.detail).finally(() => this.send(response, problem));
      return;
    }
    this.send(response, problem);
  }

  private send(response: Response, problem: ProblemDetails): void {
    if (response.headersSent) return;
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown, request: AppRequest): ProblemDetails {
    if (exception instanceof AppError) {
      return {
        type: problemType(exception.slug),
        title: exception.title,
        status: exception.status,
        ...(exception.detail ? { detail: exception.detail } : {}),
        ...(exception instanceof ValidationProblem ? { errors: exception.errors } : {}),
      };
    }
    if (exception instanceof ForbiddenError) {
      return {
        type: problemType('forbidden'),
        title: 'Forbidden',
        status: 403,
        detail: 'You are not allowed to do this.',
      };
    }
    if (exception instanceof HttpException) return this.fromHttpException(exception, request);
    const bodyParser = bodyParserProblem(exception);
    if (bodyParser) return bodyParser;
    if (exception instanceof QueryFailedError) {
      const code = (exception.driverError as { code?: string } | undefined)?.code ?? '';
      const status = CLIENT_DATA_ERRORS[code];
      if (status)
        return genericProblem(
          status,
          status === 409
            ? 'The request conflicts with the current state.'
            : 'A value in the request is not acceptable.',
        );
    }
    if (isDatabaseUnavailable(exception)) {
      return genericProblem(503, 'The database is unavailable; try again shortly.');
    }
    logUnexpected(request, exception);
    return genericProblem(500, 'Something went wrong on our side.');
  }

  private fromHttpException(exception: HttpException, request: AppRequest): ProblemDetails {
    const status = exception.getStatus();
    if (status >= 500) {
      logUnexpected(request, exception);
      return genericProblem(status);
    }
    const body = exception.getResponse();
    const message = typeof body === 'object' && body !== null && 'message' in body ? body.message : exception.message;
    return genericProblem(status, Array.isArray(message) ? message.join('; ') : String(message));
  }
}

function bodyParserProblem(exception: unknown): ProblemDetails | null {
  if (typeof exception !== 'object' || exception === null) return null;
  const type = (exception as { type?: unknown }).type;
  if (typeof type === 'string' && BODY_PARSER_ERRORS[type]) return BODY_PARSER_ERRORS[type];
  return null;
}

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);

function isDatabaseUnavailable(exception: unknown): boolean {
  // Not `instanceof Error`: socket errors may come from another realm (as under Jest).
  if (typeof exception !== 'object' || exception === null) return false;
  const error = exception as { code?: string; message?: unknown; driverError?: { code?: string } };
  const code = error.code ?? error.driverError?.code;
  if (code && UNAVAILABLE_CODES.has(code)) return true;
  // The pool sometimes rethrows the socket error with its code only in the message.
  return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|Connection terminated|timeout exceeded when trying to connect|Connection is not established/i.test(
    typeof error.message === 'string' ? error.message : '',
  );
}

/** Unexpected failures go to the request's own log line (with its request id), never to the client. */
function logUnexpected(request: AppRequest, exception: unknown): void {
  const err = exception instanceof Error ? exception : new Error(String(exception));
  if (request.log) request.log.error({ err }, 'unexpected error');
  else console.error(err);
}
