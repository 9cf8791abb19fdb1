import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { getAlpha2Codes } from 'i18n-iso-countries';

/** The longest reason a change may carry into its audit event. */
const REASON_MAX_LENGTH = 2000;

/** Leading and trailing blanks dropped, so that a value of blanks only counts as empty. */
export const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** A query parameter given once with commas (`?status=a,b`) read as a list. */
export const commaSeparated = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.split(',').map((part) => part.trim()) : value;

/** Text that may not be empty, up to `maxLength` characters. */
export const NonEmptyText = (maxLength: number) => applyDecorators(IsString(), MinLength(1), MaxLength(maxLength));

/** Text that may be left out, up to `maxLength` characters. */
export const OptionalText = (maxLength: number) => applyDecorators(IsOptional(), IsString(), MaxLength(maxLength));

/** Why the change is made, when the caller says: kept in the change's audit event. */
export const OptionalReason = (description?: string) =>
  applyDecorators(
    ApiPropertyOptional(description === undefined ? undefined : { description }),
    IsOptional(),
    IsString(),
    MaxLength(REASON_MAX_LENGTH),
  );

/** Why the command is given, which it cannot go without: kept in its audit event. */
export const RequiredReason = (description?: string) =>
  applyDecorators(
    ApiProperty(description === undefined ? undefined : { description }),
    Transform(trimmed),
    NonEmptyText(REASON_MAX_LENGTH),
  );

/** Optimistic concurrency: the version the caller read, so that it cannot overwrite a change it has not seen. */
export const ReadVersion = () =>
  applyDecorators(ApiProperty({ description: 'The version you read; a stale one gets 409' }), IsInt(), Min(1));

/** As `ReadVersion`, for commands that may also be given without one. */
export const OptionalReadVersion = (description: string) =>
  applyDecorators(ApiPropertyOptional({ description }), IsOptional(), IsInt(), Min(1));

/** Distinct ids, at most `maxSize` of them: links to other records. */
export const UuidList = (maxSize: number) =>
  applyDecorators(IsArray(), ArrayMaxSize(maxSize), ArrayUnique(), IsUUID('all', { each: true }));

/** An ISO 8601 instant, when given: dates in filters and in optional fields. */
export const OptionalInstant = (property: ApiPropertyOptions = {}) =>
  applyDecorators(ApiPropertyOptional({ format: 'date-time', ...property }), IsOptional(), IsISO8601({ strict: true }));

/** The id of another record, when given. */
export const OptionalUuid = (description?: string) =>
  applyDecorators(
    ApiPropertyOptional(description === undefined ? { format: 'uuid' } : { format: 'uuid', description }),
    IsOptional(),
    IsUUID(),
  );

/**
 * Checked against the kept ISO 3166-1 list, not a two-letter pattern: "UN" (a name cut short)
 * has the right shape but is no country.
 */
const COUNTRY_CODES = Object.keys(getAlpha2Codes());

/** A country as its ISO 3166-1 alpha-2 code (`GB`), when given. */
export const OptionalCountryCode = () =>
  applyDecorators(IsOptional(), IsIn(COUNTRY_CODES, { message: 'country must be chosen from the list of countries' }));
