import { Transform, type TransformCallback } from 'node:stream';

export const OCTET_STREAM = 'application/octet-stream';
export const TEXT_PLAIN = 'text/plain';

/** Enough for file-type's signatures, including the first entries of Office/ZIP containers. */
const SAMPLE_BYTES = 64 * 1024;

type FileTypeCore = typeof import('file-type/core');
let fileTypeCore: Promise<FileTypeCore> | null = null;
/**
 * file-type is ESM-only: a dynamic import loads it from this CommonJS build on
 * every supported Node. Its `core` entry has the same fileTypeFromBuffer as the
 * main one, which Jest's resolver cannot reach (only `import`/`module-sync`
 * conditions), and skips the Node stream and file helpers we do not use.
 */
const loadFileType = () => (fileTypeCore ??= import('file-type/core'));

/**
 * Passes bytes through unchanged while deciding what they are: file-type's
 * magic numbers on the first bytes, else `text/plain` when every byte is
 * well-formed UTF-8 without NUL, else `application/octet-stream`. What the
 * client claimed (the part's Content-Type, the file name) plays no part.
 */
export class MediaTypeSniffer extends Transform {
  private readonly sample: Buffer[] = [];
  private sampled = 0;
  private total = 0;
  private text = true;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.total += chunk.length;
    if (this.sampled < SAMPLE_BYTES) {
      const part = chunk.subarray(0, SAMPLE_BYTES - this.sampled);
      this.sample.push(part);
      this.sampled += part.length;
    }
    if (this.text) this.text = this.stillText(chunk, true);
    callback(null, chunk);
  }

  /** The verdict, once every byte has gone through. */
  async mediaType(): Promise<string> {
    // Nothing to recognise in zero bytes; calling them text would claim more than we know.
    if (this.total === 0) return OCTET_STREAM;
    const { fileTypeFromBuffer } = await loadFileType();
    const detected = await fileTypeFromBuffer(Buffer.concat(this.sample));
    if (detected) return detected.mime;
    return this.text && this.stillText(Buffer.alloc(0), false) ? TEXT_PLAIN : OCTET_STREAM;
  }

  private stillText(chunk: Buffer, more: boolean): boolean {
    if (chunk.includes(0)) return false;
    try {
      this.decoder.decode(chunk, { stream: more });
      return true;
    } catch {
      return false;
    }
  }
}
