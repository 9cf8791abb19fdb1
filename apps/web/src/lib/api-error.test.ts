// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ApiError, errorMessage, parseProblemDetails, unmatchedFieldErrors } from './api-error';

describe('parseProblemDetails', () => {
  it('keeps a well-formed problem, field errors included', () => {
    const body = {
      type: 'https://errors.example/validation',
      title: 'Invalid input',
      status: 400,
      detail: 'Two fields are invalid.',
      errors: [
        { field: 'title', message: 'title must not be empty' },
        { field: 'severity', message: 'severity must be one of low, medium, high, critical' },
      ],
    };
    expect(parseProblemDetails(structuredClone(body), 400)).toEqual(body);
  });

  it('builds a problem from the status when the body is not problem details', () => {
    const problem = parseProblemDetails('<html>Bad gateway</html>', 502);
    expect(problem).toEqual({
      type: 'about:blank',
      title: 'The server had a problem. Try again later.',
      status: 502,
    });
  });

  it('drops malformed field errors instead of failing', () => {
    const problem = parseProblemDetails(
      {
        title: 'Invalid',
        errors: [{ field: 'title' }, 'oops', { field: 'summary', message: 'Required' }],
      },
      400,
    );
    expect(problem.errors).toEqual([{ field: 'summary', message: 'Required' }]);
  });
});

describe('ApiError', () => {
  const error = new ApiError(
    parseProblemDetails(
      {
        title: 'Invalid input',
        status: 400,
        errors: [
          { field: 'title', message: 'Too short.' },
          { field: 'title', message: 'Must not contain only spaces.' },
          { field: 'tags', message: 'Unknown tag.' },
        ],
      },
      400,
    ),
  );

  it('joins several messages for one field', () => {
    expect(error.fieldError('title')).toBe('Too short. Must not contain only spaces.');
    expect(error.fieldError('summary')).toBeUndefined();
  });

  it('reports the field errors that a form has no input for', () => {
    expect(unmatchedFieldErrors(error, ['title', 'summary'])).toEqual([{ field: 'tags', message: 'Unknown tag.' }]);
  });

  it('prefers the detail, and explains rate limiting without one', () => {
    expect(errorMessage(new ApiError(parseProblemDetails({ title: 'T', detail: 'D' }, 401)))).toBe('D');
    expect(errorMessage(new ApiError(parseProblemDetails({}, 429), { retryAfterSeconds: 30 }))).toBe(
      'Too many attempts. Try again in 30 seconds.',
    );
    expect(errorMessage(new TypeError('x'))).toBe('Something went wrong. Try again.');
  });
});
