import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CheckPolicies } from '../authz/check-policies.decorator';
import type { Actor } from '../common/request-context';
import { AuditCheckpointService } from './audit-checkpoint.service';
import { AuditEventsRepository } from './audit-events.repository';
import { AuditSequencer } from './audit-sequencer.service';
import { AuditExportService } from './audit-export.service';
import { AuditVerificationService } from './audit-verification.service';
import { AuditCheckpointDto, AuditPublicKeyDto } from './dto/audit-checkpoint.dto';
import { AuditEventPageDto, ListAuditEventsQueryDto } from './dto/audit-event.dto';
import { ExportAuditEventsQueryDto } from './dto/audit-export.dto';
import { AuditVerificationDto } from './dto/audit-verification.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(
    private readonly events: AuditEventsRepository,
    private readonly exports: AuditExportService,
    private readonly verification: AuditVerificationService,
    private readonly checkpoints: AuditCheckpointService,
    private readonly sequencer: AuditSequencer,
  ) {}

  @CheckPolicies('read', 'AuditEvent')
  @Get('events')
  @ApiOkResponse({ type: AuditEventPageDto })
  async list(@Query() query: ListAuditEventsQueryDto): Promise<AuditEventPageDto> {
    const { limit, cursor, order, ...filter } = query;
    // A first page shows what was committed up to now, the caller's own last change included.
    if (!cursor) await this.sequencer.sealCommitted();
    return this.events.page(filter, order ?? 'desc', limit, cursor);
  }

  @CheckPolicies('export', 'AuditEvent')
  @Get('export')
  @ApiProduces('application/x-ndjson', 'text/csv')
  @ApiOkResponse({
    description:
      'Every matching event in chain order, streamed as an attachment; the export is itself audited (`audit.exported`). ' +
      'Unfiltered, it is the whole chain up to and including its own event, verifiable offline (docs/audit-format.md).',
    schema: { type: 'string' },
  })
  async export(
    @CurrentActor() actor: Actor,
    @Query() query: ExportAuditEventsQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    await this.exports.exportEvents(actor, query, response);
  }

  @CheckPolicies('verify', 'AuditEvent')
  @Get('verify')
  @ApiOkResponse({ type: AuditVerificationDto, description: 'The whole chain, walked in batches' })
  verify(): Promise<AuditVerificationDto> {
    return this.verification.verify();
  }

  @CheckPolicies('verify', 'AuditEvent')
  @Get('checkpoints')
  @ApiOkResponse({ type: AuditCheckpointDto, description: 'The current chain head, signed' })
  checkpoint(): Promise<AuditCheckpointDto> {
    return this.checkpoints.current();
  }

  @CheckPolicies('verify', 'AuditEvent')
  @Get('public-key')
  @ApiOkResponse({ type: AuditPublicKeyDto, description: 'The key that checkpoints verify with' })
  publicKey(): AuditPublicKeyDto {
    return this.checkpoints.publicKey();
  }
}
