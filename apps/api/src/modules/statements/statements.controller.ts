import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { CheckPolicies } from '../../authz/check-policies.decorator';
import type { Actor } from '../../common/request-context';
import {
  CreateStatementDto,
  ListStatementsQueryDto,
  StatementCommandDto,
  StatementDto,
  StatementPageDto,
  UpdateStatementDto,
} from './dto/statement.dto';
import { StatementLifecycleService } from './statement-lifecycle.service';
import { StatementsService } from './statements.service';

@ApiTags('statements')
@ApiBearerAuth()
@Controller('cases/:id/statements')
export class StatementsController {
  constructor(
    private readonly statements: StatementsService,
    private readonly lifecycle: StatementLifecycleService,
  ) {}

  @CheckPolicies('read', 'Statement')
  @Get()
  @ApiOkResponse({ type: StatementPageDto })
  list(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Query() query: ListStatementsQueryDto,
  ): Promise<StatementPageDto> {
    return this.statements.list(actor, caseId, query);
  }

  @CheckPolicies('create', 'Statement')
  @Post()
  @ApiCreatedResponse({ type: StatementDto, description: 'Issued ones start as `draft`; received ones are `received`' })
  create(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Body() body: CreateStatementDto,
  ): Promise<StatementDto> {
    return this.statements.create(actor, caseId, body);
  }

  @CheckPolicies('read', 'Statement')
  @Get(':sid')
  @ApiOkResponse({ type: StatementDto })
  get(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Param('sid', ParseUUIDPipe) statementId: string,
  ): Promise<StatementDto> {
    return this.statements.get(actor, caseId, statementId);
  }

  @CheckPolicies('update', 'Statement')
  @Patch(':sid')
  @ApiOkResponse({ type: StatementDto, description: 'Not once approved or published (422)' })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Param('sid', ParseUUIDPipe) statementId: string,
    @Body() body: UpdateStatementDto,
  ): Promise<StatementDto> {
    return this.statements.update(actor, caseId, statementId, body);
  }

  @CheckPolicies('submit', 'Statement')
  @Post(':sid/submit')
  @HttpCode(200)
  @ApiOkResponse({ type: StatementDto })
  submit(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Param('sid', ParseUUIDPipe) statementId: string,
    @Body() body: StatementCommandDto,
  ): Promise<StatementDto> {
    return this.lifecycle.submit(actor, caseId, statementId, body);
  }

  @CheckPolicies('approve', 'Statement')
  @Post(':sid/approve')
  @HttpCode(200)
  @ApiOkResponse({ type: StatementDto, description: 'Public and press statements: not by their author (422)' })
  approve(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Param('sid', ParseUUIDPipe) statementId: string,
    @Body() body: StatementCommandDto,
  ): Promise<StatementDto> {
    return this.lifecycle.approve(actor, caseId, statementId, body);
  }

  @CheckPolicies('publish', 'Statement')
  @Post(':sid/publish')
  @HttpCode(200)
  @ApiOkResponse({ type: StatementDto })
  publish(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Param('sid', ParseUUIDPipe) statementId: string,
    @Body() body: StatementCommandDto,
  ): Promise<StatementDto> {
    return this.lifecycle.publish(actor, caseId, statementId, body);
  }
}
