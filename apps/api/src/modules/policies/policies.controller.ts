import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { CheckPolicies } from '../../authz/check-policies.decorator';
import type { Actor } from '../../common/request-context';
import {
  CreatePolicyClauseDto,
  ListPolicyClausesQueryDto,
  PolicyClauseDetailDto,
  PolicyClausePageDto,
} from './dto/policy-clause.dto';
import { PoliciesService } from './policies.service';

@ApiTags('policies')
@ApiBearerAuth()
@Controller('policies')
export class PoliciesController {
  constructor(private readonly policies: PoliciesService) {}

  @CheckPolicies('read', 'Policy')
  @Get()
  @ApiOkResponse({ type: PolicyClausePageDto })
  list(@Query() query: ListPolicyClausesQueryDto): Promise<PolicyClausePageDto> {
    const { limit, cursor, ...filter } = query;
    return this.policies.list(filter, limit, cursor);
  }

  @CheckPolicies('create', 'Policy')
  @Post()
  @ApiCreatedResponse({ type: PolicyClauseDetailDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreatePolicyClauseDto): Promise<PolicyClauseDetailDto> {
    return this.policies.create(actor, body);
  }

  @CheckPolicies('read', 'Policy')
  @Get(':id')
  @ApiOkResponse({ type: PolicyClauseDetailDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<PolicyClauseDetailDto> {
    return this.policies.get(id);
  }
}
