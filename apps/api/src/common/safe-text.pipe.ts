import { Injectable, type PipeTransform } from '@nestjs/common';
import { ValidationProblem } from './app-errors';

/**
 * Refuses strings PostgreSQL cannot store (NUL) or that are not well-formed
 * Unicode (lone surrogates), wherever they are in the input, before they
 * reach validation or the database.
 */
@Injectable()
export class SafeTextPipe implements PipeTransform {
  transform(value: unknown): unknown {
    const errors: { field: string; message: string }[] = [];
    inspect(value, '', errors, 0);
    if (errors.length > 0) throw new ValidationProblem(errors);
    return value;
  }
}

const MAX_DEPTH = 32;

function inspect(value: unknown, path: string, errors: { field: string; message: string }[], depth: number): void {
  if (depth > MAX_DEPTH) {
    errors.push({ field: path || '(body)', message: 'is nested too deeply' });
    return;
  }
  if (typeof value === 'string') {
    if (value.includes('\u0000')) errors.push({ field: path || '(value)', message: 'must not contain NUL characters' });
    else if (!value.isWellFormed()) errors.push({ field: path || '(value)', message: 'must be well-formed Unicode' });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => inspect(item, `${path}[${index}]`, errors, depth + 1));
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const field = path ? `${path}.${key}` : key;
      if (!key.isWellFormed() || key.includes('\u0000')) errors.push({ field: '(key)', message: 'invalid key' });
      else inspect(item, field, errors, depth + 1);
    }
  }
}
