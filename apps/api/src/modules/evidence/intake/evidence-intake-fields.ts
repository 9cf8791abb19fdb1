import type { Type } from '@nestjs/common';
import { ValidationProblem } from '../../../common/app-errors';
import { pinnedDate } from '../../../common/clock';
import { futureDateError } from '../../../common/date-bounds';
import { SafeTextPipe } from '../../../common/safe-text.pipe';
import { createValidationPipe } from '../../../common/validation';
import { CreateEvidenceRecordDto, EvidenceIntakeFieldsDto } from '../dto/create-evidence.dto';
import { FILE_FIELD, formFieldsToBody, type ReceivedForm } from './multipart-evidence.parser';

type FieldError = { field: string; message: string };

const safeText = new SafeTextPipe();
const validation = createValidationPipe();

/**
 * The intake route reads its own body (a stream for uploads), so the global
 * SafeTextPipe and ValidationPipe never see it: they are applied here, with
 * the same settings, and every problem is reported in one 400.
 */
async function validated<T extends object>(metatype: Type<T>, body: object, errors: FieldError[]): Promise<T | null> {
  try {
    safeText.transform(body);
  } catch (error) {
    if (!(error instanceof ValidationProblem)) throw error;
    errors.push(...error.errors);
  }
  try {
    return (await validation.transform(body, { type: 'body', metatype })) as T;
  } catch (error) {
    if (!(error instanceof ValidationProblem)) throw error;
    errors.push(...error.errors);
    return null;
  }
}

function checkCollectedAt(fields: EvidenceIntakeFieldsDto, errors: FieldError[]): void {
  errors.push(...futureDateError('collectedAt', fields.collectedAt, pinnedDate() ?? new Date()));
}

/** The text fields of a multipart upload, validated as the metadata of the item. */
export async function readUploadForm(form: ReceivedForm): Promise<EvidenceIntakeFieldsDto> {
  const errors = [...form.errors];
  const body = formFieldsToBody(form.fields, errors);
  if (!form.file) {
    errors.push({ field: FILE_FIELD, message: 'is required (send application/json for a record without a file)' });
  }
  const fields = await validated(EvidenceIntakeFieldsDto, body, errors);
  if (fields) checkCollectedAt(fields, errors);
  if (errors.length > 0 || !fields) throw new ValidationProblem(errors);
  return fields;
}

export interface JsonRecord {
  fields: EvidenceIntakeFieldsDto;
  /** Exactly one of these is set, or both when they agree (checked by the caller, who hashes). */
  capturedText?: string;
  sha256?: string;
}

/** A JSON record without a file: the metadata plus captured text or a hash. */
export async function readJsonRecord(body: unknown): Promise<JsonRecord> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ValidationProblem([{ field: '(body)', message: 'must be a JSON object' }]);
  }
  const errors: FieldError[] = [];
  const record = await validated(CreateEvidenceRecordDto, body, errors);
  if (record) {
    checkCollectedAt(record, errors);
    if (record.capturedText == null && record.sha256 == null) {
      errors.push({ field: 'capturedText', message: 'send capturedText, or the sha256 of content kept elsewhere' });
    }
  }
  if (errors.length > 0 || !record) throw new ValidationProblem(errors);
  return { fields: record, capturedText: record.capturedText ?? undefined, sha256: record.sha256 ?? undefined };
}
