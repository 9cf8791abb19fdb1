import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import request from 'supertest';
import type { AppConfig } from '../../src/config/app-config';
import { APP_CONFIG } from '../../src/config/app-config.token';
import type { TestApp } from '../support/test-app';
import { bearer, createdThroughApi, type TestUser } from './users.factory';

export interface CreatedEvidence {
  id: string;
  caseId: string;
  sha256: string;
  version: number;
  hasContent: boolean;
  mediaType: string | null;
  sizeBytes: number | null;
}

export const sha256Of = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** A valid 1×1 PNG; `unique` appends bytes after IEND so that each call has its own hash and stored object. */
export function pngBytes(unique = true): Buffer {
  const png = Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489' +
      '0000000b49444154789c6360000200000500017a5eab3f0000000049454e44ae426082',
    'hex',
  );
  return unique ? Buffer.concat([png, randomBytes(16)]) : png;
}

/** Distinct text, so that no two tests share a stored object. */
export const uniqueText = (label = 'evidence') => `${label} ${randomUUID()}\n`;

export interface UploadOptions {
  content?: Buffer;
  filename?: string;
  /** What the client claims; the server ignores it and sniffs the bytes. */
  contentType?: string;
  fields?: Record<string, string | string[]>;
}

/**
 * A multipart/form-data body built by hand, so that the file name reaches the
 * server exactly as given (form libraries strip paths on the client side).
 */
export function multipartBody(
  fields: Record<string, string | string[]>,
  file: { content: Buffer; filename: string; contentType: string },
): { body: Buffer; contentType: string } {
  const boundary = `----evidence-${randomUUID()}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${item}\r\n`));
    }
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.filename}"\r\n` +
        `Content-Type: ${file.contentType}\r\n\r\n`,
    ),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Uploads a file with multipart/form-data; expects `status` (201 by default) and returns the response. */
export async function uploadEvidence(
  t: TestApp,
  user: TestUser,
  caseId: string,
  options: UploadOptions = {},
  status = 201,
): Promise<request.Response> {
  const { body, contentType } = multipartBody(
    { title: 'Leaked storage contract', kind: 'contract', ...options.fields },
    {
      content: options.content ?? Buffer.from(uniqueText()),
      filename: options.filename ?? 'contract.txt',
      contentType: options.contentType ?? 'application/octet-stream',
    },
  );
  return request(t.http)
    .post(`/api/v1/cases/${caseId}/evidence`)
    .set(bearer(user))
    .set('Content-Type', contentType)
    .send(body)
    .expect(status);
}

/** A stored file, through the API. */
export async function addEvidence(
  t: TestApp,
  user: TestUser,
  caseId: string,
  options: UploadOptions = {},
): Promise<CreatedEvidence> {
  return (await uploadEvidence(t, user, caseId, options)).body as CreatedEvidence;
}

/** A record without a file (JSON), identified by its captured text unless `fields` say otherwise. */
export async function recordEvidence(
  t: TestApp,
  user: TestUser,
  caseId: string,
  fields: Record<string, unknown> = {},
): Promise<CreatedEvidence> {
  return createdThroughApi<CreatedEvidence>(t, user, `/api/v1/cases/${caseId}/evidence`, {
    title: 'Press article',
    kind: 'press_article',
    capturedText: uniqueText('article'),
    ...fields,
  });
}

/** An allegation row written with SQL: the allegations module is not the subject of these tests. */
export async function insertAllegation(t: TestApp, caseId: string, createdBy: string): Promise<string> {
  const [row] = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO allegations (case_id, description, source_type, created_by)
     VALUES ($1, 'Storage used for mass surveillance', 'press', $2) RETURNING id`,
    [caseId, createdBy],
  );
  return row.id;
}

export const evidenceDir = (t: TestApp) => join(t.app.get<AppConfig>(APP_CONFIG).dataDir, 'evidence');

/** Where the filesystem store keeps the bytes of `sha256`. */
export const storedObjectPath = (t: TestApp, sha256: string) =>
  join(evidenceDir(t), 'objects', sha256.slice(0, 2), sha256);

export async function countEvidence(t: TestApp): Promise<number> {
  return (await t.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM evidence'))[0].n;
}
