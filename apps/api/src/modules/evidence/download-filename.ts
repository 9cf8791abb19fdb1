import type { EvidenceEntity } from './entities/evidence.entity';

/** RFC 5987 percent-encoding, for the UTF-8 `filename*` parameter. */
const rfc5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `attachment` always, so a browser never renders evidence in our origin;
 * the plain `filename` is printable ASCII without quotes, slashes or
 * separators, and the exact (display) name travels as `filename*`.
 */
export function contentDisposition(item: Pick<EvidenceEntity, 'id' | 'originalFilename' | 'mediaType'>): string {
  const fallback = `evidence-${item.id}${item.mediaType === 'text/plain' ? '.txt' : ''}`;
  const name = item.originalFilename?.trim() || fallback;
  const ascii =
    name
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\/:*?<>|;%]/g, '_')
      .replace(/^[.\s]+/, '')
      .trim()
      .slice(0, 150) || fallback;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(name)}`;
}
