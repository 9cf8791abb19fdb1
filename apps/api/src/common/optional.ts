import { ValidateIf } from 'class-validator';

/**
 * Like `@IsOptional()`, but only for absent fields: an explicit `null` is still
 * validated (and refused) for fields that cannot be cleared.
 */
export const IsOptionalNotNull = () => ValidateIf((_object, value) => value !== undefined);
