import { ApiProperty } from '@nestjs/swagger';

export const CHAIN_PROBLEM_REASONS = ['format', 'sequence', 'link', 'hash'] as const;

export class AuditVerificationDto {
  @ApiProperty({ description: 'Every event from seq 1 to the head holds' }) valid: boolean;
  @ApiProperty({ description: 'Events examined, the first invalid one included' }) checked: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) firstInvalidId: string | null;
  @ApiProperty({ type: Number, nullable: true }) firstInvalidSeq: number | null;
  @ApiProperty({
    enum: CHAIN_PROBLEM_REASONS,
    nullable: true,
    description:
      'hash: the content does not match its hash; link: prevHash is not the previous hash; sequence: a seq is missing or out of order; format: a malformed row',
  })
  reason: (typeof CHAIN_PROBLEM_REASONS)[number] | null;
  @ApiProperty({ type: String, nullable: true }) detail: string | null;
  @ApiProperty({ description: 'Seq of the last event that held (0 for an empty chain)' }) lastSeq: number;
  @ApiProperty({ description: 'Hash of the last event that held, to compare with a checkpoint' }) lastHash: string;
  @ApiProperty({
    description: 'Events written but not yet chained when the walk ended (a transaction committing meanwhile)',
  })
  unsealed: number;
  @ApiProperty({ format: 'date-time' }) verifiedAt: string;
}
