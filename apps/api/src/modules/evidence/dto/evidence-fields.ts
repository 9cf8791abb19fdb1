import { IsUrl } from 'class-validator';

/** Source links are shown to reviewers as links, so only web addresses (no javascript:, file: …). */
export const IsEvidenceUrl = () =>
  IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'sourceUrl must be an http(s) URL' },
  );

/** Unlike @IsOptional(), refuses null: for fields that may be left out but never cleared. */
export const unlessAbsent = (_: object, value: unknown) => value !== undefined;
