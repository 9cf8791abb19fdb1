import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Logger,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { CheckPolicies } from '../../authz/check-policies.decorator';
import type { Actor, AppRequest } from '../../common/request-context';
import { CreateEvidenceRecordDto, UploadEvidenceFormDto } from './dto/create-evidence.dto';
import { CustodyListDto, EvidenceDto, EvidencePageDto, EvidenceVerificationDto } from './dto/evidence.dto';
import {
  LinkEvidenceDto,
  ListEvidenceQueryDto,
  UpdateEvidenceDto,
  WithdrawEvidenceDto,
  WithdrawEvidenceQueryDto,
} from './dto/update-evidence.dto';
import { EvidenceContentService } from './evidence-content.service';
import { EvidenceCustodyService } from './evidence-custody.service';
import { EvidenceIntakeService } from './evidence-intake.service';
import { EvidenceService } from './evidence.service';

@ApiTags('evidence')
@ApiBearerAuth()
@ApiExtraModels(UploadEvidenceFormDto, CreateEvidenceRecordDto)
@Controller('cases/:id/evidence')
export class EvidenceController {
  private readonly logger = new Logger(EvidenceController.name);

  constructor(
    private readonly evidence: EvidenceService,
    private readonly intake: EvidenceIntakeService,
    private readonly content: EvidenceContentService,
    private readonly custody: EvidenceCustodyService,
  ) {}

  @CheckPolicies('read', 'Evidence')
  @Get()
  @ApiOkResponse({ type: EvidencePageDto })
  list(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Query() query: ListEvidenceQueryDto,
  ): Promise<EvidencePageDto> {
    return this.evidence.list(actor, caseId, query);
  }

  /** The body is read by the intake service itself: a multipart upload is streamed, never parsed into memory. */
  @CheckPolicies('create', 'Evidence')
  @Post()
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody({
    description: 'multipart/form-data: `file` and metadata fields; application/json: a record without a file',
    schema: {
      oneOf: [{ $ref: getSchemaPath(UploadEvidenceFormDto) }, { $ref: getSchemaPath(CreateEvidenceRecordDto) }],
    },
  })
  @ApiCreatedResponse({ type: EvidenceDto })
  create(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Req() request: AppRequest,
  ): Promise<EvidenceDto> {
    return this.intake.create(actor, caseId, request);
  }

  @CheckPolicies('read', 'Evidence')
  @Get(':eid')
  @ApiOkResponse({ type: EvidenceDto })
  get(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Param('eid', ParseUUIDPipe) id: string,
  ): Promise<EvidenceDto> {
    return this.evidence.get(actor, caseId, id);
  }

  @CheckPolicies('update', 'Evidence')
  @Patch(':eid')
  @ApiOkResponse({ type: EvidenceDto })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Param('eid', ParseUUIDPipe) id: string,
    @Body() body: UpdateEvidenceDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<EvidenceDto> {
    return this.evidence.update(actor, caseId, id, body, ifMatch);
  }

  @CheckPolicies('delete', 'Evidence')
  @Delete(':eid')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Withdrawn: the record, its bytes and its trail stay' })
  async withdraw(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Param('eid', ParseUUIDPipe) id: string,
    @Body() body: WithdrawEvidenceDto,
    @Query() query: WithdrawEvidenceQueryDto,
  ): Promise<void> {
    await this.evidence.withdraw(actor, caseId, id, body.reason ?? query.reason, body.version ?? undefined);
  }

  @CheckPolicies('read', 'EvidenceContent')
  @Get(':eid/content')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({
    description: 'The stored bytes, as sniffed at intake',
    schema: { type: 'string', format: 'binary' },
  })
  async download(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Param('eid', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const download = await this.content.download(actor, caseId, id);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(download.reader.stream, {
      type: download.mediaType,
      disposition: download.disposition,
      length: download.reader.size,
    }).setErrorHandler((error, res) => {
      // The type and length headers are already the file's: a read failure can only cut the connection.
      this.logger.error(`evidence ${id}: reading stored content failed: ${error.message}`);
      if (res.destroy) res.destroy();
      else res.end();
    });
  }

  @CheckPolicies('read', 'Evidence')
  @Post(':eid/verify')
  @HttpCode(200)
  @ApiOkResponse({ type: EvidenceVerificationDto })
  verify(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Param('eid', ParseUUIDPipe) id: string,
  ): Promise<EvidenceVerificationDto> {
    return this.content.verify(actor, caseId, id);
  }

  @CheckPolicies('read', 'Evidence')
  @Get(':eid/custody')
  @ApiOkResponse({ type: CustodyListDto })
  listCustody(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Param('eid', ParseUUIDPipe) id: string,
  ): Promise<CustodyListDto> {
    return this.custody.list(actor, caseId, id);
  }

  @CheckPolicies('update', 'Evidence')
  @Post(':eid/links')
  @HttpCode(200)
  @ApiOkResponse({ type: EvidenceDto, description: 'The item with its links' })
  link(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Param('eid', ParseUUIDPipe) id: string,
    @Body() body: LinkEvidenceDto,
  ): Promise<EvidenceDto> {
    return this.evidence.link(actor, caseId, id, body);
  }
}
