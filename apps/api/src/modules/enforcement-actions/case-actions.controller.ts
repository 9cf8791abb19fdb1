import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { CheckPolicies } from '../../authz/check-policies.decorator';
import type { Actor } from '../../common/request-context';
import { ActionLifecycleService } from './action-lifecycle.service';
import { ActionCommandDto, ExecuteActionDto } from './dto/action-command.dto';
import {
  EnforcementActionDto,
  EnforcementActionPageDto,
  ListActionsQueryDto,
  ProposeActionDto,
} from './dto/enforcement-action.dto';
import { EnforcementActionsService } from './enforcement-actions.service';

@ApiTags('enforcement-actions')
@ApiBearerAuth()
@Controller('cases/:id/actions')
export class CaseActionsController {
  constructor(
    private readonly actions: EnforcementActionsService,
    private readonly lifecycle: ActionLifecycleService,
  ) {}

  @CheckPolicies('read', 'EnforcementAction')
  @Get()
  @ApiOkResponse({ type: EnforcementActionPageDto })
  list(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Query() query: ListActionsQueryDto,
  ): Promise<EnforcementActionPageDto> {
    return this.actions.list(actor, caseId, query);
  }

  @CheckPolicies('create', 'EnforcementAction')
  @Post()
  @ApiCreatedResponse({ type: EnforcementActionDto })
  propose(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Body() body: ProposeActionDto,
  ): Promise<EnforcementActionDto> {
    return this.actions.propose(actor, caseId, body);
  }

  @CheckPolicies('read', 'EnforcementAction')
  @Get(':aid')
  @ApiOkResponse({ type: EnforcementActionDto })
  get(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Param('aid', ParseUUIDPipe) actionId: string,
  ): Promise<EnforcementActionDto> {
    return this.actions.get(actor, caseId, actionId);
  }

  @CheckPolicies('approve', 'EnforcementAction')
  @Post(':aid/approve')
  @HttpCode(200)
  @ApiOkResponse({ type: EnforcementActionDto, description: 'Not by its proposer (422)' })
  approve(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Param('aid', ParseUUIDPipe) actionId: string,
    @Body() body: ActionCommandDto,
  ): Promise<EnforcementActionDto> {
    return this.lifecycle.approve(actor, caseId, actionId, body);
  }

  @CheckPolicies('reject', 'EnforcementAction')
  @Post(':aid/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: EnforcementActionDto, description: 'Not by its proposer (422)' })
  reject(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Param('aid', ParseUUIDPipe) actionId: string,
    @Body() body: ActionCommandDto,
  ): Promise<EnforcementActionDto> {
    return this.lifecycle.reject(actor, caseId, actionId, body);
  }

  @CheckPolicies('execute', 'EnforcementAction')
  @Post(':aid/execute')
  @HttpCode(200)
  @ApiOkResponse({ type: EnforcementActionDto })
  execute(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Param('aid', ParseUUIDPipe) actionId: string,
    @Body() body: ExecuteActionDto,
  ): Promise<EnforcementActionDto> {
    return this.lifecycle.execute(actor, caseId, actionId, body);
  }

  @CheckPolicies('reverse', 'EnforcementAction')
  @Post(':aid/reverse')
  @HttpCode(200)
  @ApiOkResponse({ type: EnforcementActionDto })
  reverse(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Param('aid', ParseUUIDPipe) actionId: string,
    @Body() body: ActionCommandDto,
  ): Promise<EnforcementActionDto> {
    return this.lifecycle.reverse(actor, caseId, actionId, body);
  }
}
