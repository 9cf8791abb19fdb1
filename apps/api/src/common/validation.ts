import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { ValidationProblem } from './app-errors';

type FieldProblem = { field: string; message: string };

/** Every invalid field, with a path like `services[1]` or `subject.name`. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/**
 * Fields named like a member of Object.prototype (`__proto__`, `constructor`, `toString`…), at any
 * depth. class-validator looks fields up in a plain object, finds these on its prototype and takes
 * them for declared fields, so `forbidNonWhitelisted` would let them through silently.
 */
function prototypeNamedFields(value: unknown, parent = ''): FieldProblem[] {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((item, index) => prototypeNamedFields(item, `${parent}[${index}]`));
  return Object.entries(value).flatMap(([key, item]) => {
    const field = parent ? `${parent}.${key}` : key;
    if (key in Object.prototype) return [{ field, message: `property ${key} should not exist` }];
    return prototypeNamedFields(item, field);
  });
}

class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query') {
      const problems = prototypeNamedFields(value);
      if (problems.length) throw new ValidationProblem(problems);
    }
    return super.transform(value, metadata) as Promise<unknown>;
  }
}

export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationProblem(flattenValidationErrors(errors)),
  });
}
