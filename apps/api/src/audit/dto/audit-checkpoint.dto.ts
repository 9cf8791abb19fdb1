import { ApiProperty } from '@nestjs/swagger';

/** The chain head signed by the server; keep it to prove later that history up to it was not rewritten. */
export class AuditCheckpointDto {
  @ApiProperty({ description: 'Seq of the chain head (0 for an empty chain)' }) seq: number;
  @ApiProperty({ description: 'Hash of the chain head (64 zeros for an empty chain)' }) hash: string;
  @ApiProperty({ format: 'date-time', description: 'When the server signed it' }) at: string;
  @ApiProperty({ description: 'Base64 Ed25519 signature of the canonical text (docs/audit-format.md)' })
  signature: string;
  @ApiProperty({ description: 'SHA-256 (hex) of the public key in SubjectPublicKeyInfo DER' }) keyId: string;
  @ApiProperty({ enum: ['Ed25519'] }) algorithm: 'Ed25519';
  @ApiProperty({ description: 'Events written but not yet chained, so not covered (not part of the signed text)' })
  unsealed: number;
}

export class AuditPublicKeyDto {
  @ApiProperty({ enum: ['Ed25519'] }) algorithm: 'Ed25519';
  @ApiProperty({ description: 'SHA-256 (hex) of the public key in SubjectPublicKeyInfo DER' }) keyId: string;
  @ApiProperty({ description: 'The public key, PEM (SubjectPublicKeyInfo)' }) publicKey: string;
}
