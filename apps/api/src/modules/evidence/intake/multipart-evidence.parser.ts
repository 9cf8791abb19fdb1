import busboy, { type Busboy, type FileInfo, type FieldInfo } from 'busboy';
import type { IncomingMessage } from 'node:http';
import { pipeline, type Readable } from 'node:stream';
import { ValidationProblem } from '../../../common/app-errors';
import { EvidenceTooLargeProblem } from '../evidence.errors';
import { ContentTooLargeError, type EvidenceStore, type StagedContent } from '../storage/evidence-store';
import { MediaTypeSniffer } from './media-type-sniffer';

type FieldError = { field: string; message: string };

export const FILE_FIELD = 'file';

/** Form fields that may repeat or hold a comma-separated list. */
const LIST_FIELDS = new Set(['allegationIds']);

/** Generous for metadata (a description of 20,000 characters is up to 80 KB of UTF-8), tiny next to a file. */
const LIMITS = { fieldNameSize: 100, fieldSize: 100 * 1024, fields: 30, parts: 32, files: 1, headerPairs: 100 };

/** Beyond the file, what a form with every field at its limit could add; a larger Content-Length is refused unread. */
const FORM_OVERHEAD_BYTES = LIMITS.fields * LIMITS.fieldSize + 64 * 1024;

export interface ReceivedFile {
  staged: StagedContent;
  mediaType: string;
  /** For display only: busboy strips any path, and control characters are removed here. */
  filename: string | null;
}

export interface ReceivedForm {
  fields: Map<string, string[]>;
  file: ReceivedFile | null;
  errors: FieldError[];
}

/**
 * Reads a multipart/form-data evidence upload as it streams: the single
 * `file` part goes straight into the store's staging area (hashed, counted and
 * sniffed on the way), never into memory. Past `maxBytes` it stops reading,
 * discards what it staged and fails with 413. Structural problems (a second
 * file, too many or too long fields) are collected for one 400 answer; a
 * caller that gets a form back owns its staged file (commit or discard).
 */
export function receiveMultipartEvidence(
  request: IncomingMessage,
  store: EvidenceStore,
  maxBytes: number,
): Promise<ReceivedForm> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes + FORM_OVERHEAD_BYTES) {
    return Promise.reject(new EvidenceTooLargeProblem(maxBytes));
  }
  let parser: Busboy;
  try {
    // One byte over the limit is enough to know the file is too large.
    parser = busboy({
      headers: request.headers,
      limits: { ...LIMITS, fileSize: maxBytes + 1 },
      defParamCharset: 'utf8',
    });
  } catch {
    return Promise.reject(malformed('has no multipart boundary'));
  }
  return new Promise<ReceivedForm>((resolve, reject) => {
    const fields = new Map<string, string[]>();
    const errors: FieldError[] = [];
    let staging: Promise<ReceivedFile> | null = null;
    let activeFile: Readable | null = null;
    let settled = false;

    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      // Stop parsing and let the rest of the body drain unread, so the client still gets our answer.
      request.unpipe(parser);
      request.resume();
      activeFile?.destroy();
      void staging?.then((file) => store.discard(file.staged)).catch(() => undefined);
      reject(error instanceof ContentTooLargeError ? new EvidenceTooLargeProblem(maxBytes) : error);
    };

    parser.on('field', (name: string, value: string, info: FieldInfo) => {
      if (info.nameTruncated) errors.push({ field: name.slice(0, 50), message: 'has too long a name' });
      else if (info.valueTruncated) errors.push({ field: name, message: `must be at most ${LIMITS.fieldSize} bytes` });
      else fields.set(name, [...(fields.get(name) ?? []), value]);
    });
    parser.on('file', (name: string, stream: Readable, info: FileInfo) => {
      if (name !== FILE_FIELD || staging) {
        errors.push({ field: name, message: `only one file may be sent, in the field "${FILE_FIELD}"` });
        stream.resume();
        return;
      }
      activeFile = stream;
      staging = stageFile(stream, info.filename, store, maxBytes);
      void staging.then(() => (activeFile = null), fail);
    });
    parser.on('filesLimit', () => errors.push({ field: FILE_FIELD, message: 'only one file may be sent' }));
    parser.on('fieldsLimit', () => errors.push({ field: '(body)', message: `at most ${LIMITS.fields} fields` }));
    parser.on('partsLimit', () => errors.push({ field: '(body)', message: `at most ${LIMITS.parts} parts` }));
    parser.on('error', () => fail(malformed('is not well-formed multipart/form-data')));
    parser.on('close', () => {
      if (settled) return;
      const done = staging ?? Promise.resolve(null);
      void done.then((file) => {
        if (settled) return;
        settled = true;
        resolve({ fields, file, errors });
      }, fail);
    });
    request.on('close', () => {
      if (!request.complete) fail(malformed('was aborted before it was complete'));
    });
    request.pipe(parser);
  });
}

async function stageFile(
  stream: Readable,
  filename: string | undefined,
  store: EvidenceStore,
  maxBytes: number,
): Promise<ReceivedFile> {
  const sniffer = new MediaTypeSniffer();
  // busboy fails the file stream when the body ends inside the file: the client's doing, so a 400, not a 500.
  let truncatedByClient = false;
  stream.once('error', () => (truncatedByClient = true));
  // Errors of either stream reach the store's pipeline through the sniffer, which pipeline destroys with them.
  pipeline(stream, sniffer, () => undefined);
  let staged: StagedContent;
  try {
    staged = await store.stage(sniffer, maxBytes);
  } catch (error) {
    // Refusing an oversized file destroys the file stream too, which then reports an error of its
    // own: the size, not that echo, is the answer.
    if (error instanceof ContentTooLargeError) throw error;
    if (truncatedByClient) throw malformed('ended inside the file');
    throw error;
  }
  try {
    return { staged, mediaType: await sniffer.mediaType(), filename: displayFilename(filename) };
  } catch (error) {
    await store.discard(staged);
    throw error;
  }
}

/** The client's name for the file, kept only to show it: no path, no control characters, at most 300 characters. */
export function displayFilename(raw: string | undefined): string | null {
  if (!raw) return null;
  const base = raw.split(/[\\/]/).pop() ?? '';
  const printable = Array.from(base.toWellFormed()).filter((char) => {
    const code = char.codePointAt(0)!;
    return code > 0x1f && (code < 0x7f || code > 0x9f);
  });
  const cleaned = printable.join('').trim();
  const limited = Array.from(cleaned).slice(0, 300).join('');
  return limited === '' || limited === '.' || limited === '..' ? null : limited;
}

/**
 * The form's text fields as one JSON-like object for the DTO validator:
 * list fields accept repeats and comma-separated values; an empty value
 * counts as not sent (what a browser form sends for an empty input); other
 * fields sent twice are an error.
 */
export function formFieldsToBody(fields: Map<string, string[]>, errors: FieldError[]): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [name, values] of fields) {
    if (LIST_FIELDS.has(name)) {
      const items = values.flatMap((value) => value.split(',')).map((item) => item.trim());
      if (items.some((item) => item !== '')) body[name] = items.filter((item) => item !== '');
    } else if (values.length > 1) {
      errors.push({ field: name, message: 'must be sent once' });
    } else if (values[0] !== '') {
      body[name] = values[0];
    }
  }
  return body;
}

function malformed(message: string): ValidationProblem {
  return new ValidationProblem([{ field: '(body)', message }], 'The upload could not be read.');
}
