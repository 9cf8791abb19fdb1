import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { CheckPolicies } from '../../authz/check-policies.decorator';
import type { Actor } from '../../common/request-context';
import { CaseMembersService } from './case-members.service';
import { CaseTransitionsService } from './case-transitions.service';
import { CasesService } from './cases.service';
import { AddCaseMemberDto, CaseMemberListDto, RemoveCaseMemberDto } from './dto/case-member.dto';
import {
  CaseDetailDto,
  CasePageDto,
  CreateCaseDto,
  ListCasesQueryDto,
  TransitionCaseDto,
  UpdateCaseDto,
} from './dto/case.dto';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly transitions: CaseTransitionsService,
    private readonly members: CaseMembersService,
  ) {}

  @CheckPolicies('read', 'Case')
  @Get()
  @ApiOkResponse({ type: CasePageDto })
  list(@CurrentActor() actor: Actor, @Query() query: ListCasesQueryDto): Promise<CasePageDto> {
    return this.cases.list(actor, query);
  }

  @CheckPolicies('create', 'Case')
  @Post()
  @ApiCreatedResponse({ type: CaseDetailDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateCaseDto): Promise<CaseDetailDto> {
    return this.cases.create(actor, body);
  }

  @CheckPolicies('read', 'Case')
  @Get(':id')
  @ApiOkResponse({ type: CaseDetailDto })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<CaseDetailDto> {
    return this.cases.get(actor, id);
  }

  @CheckPolicies('update', 'Case')
  @Patch(':id')
  @ApiOkResponse({ type: CaseDetailDto })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateCaseDto,
  ): Promise<CaseDetailDto> {
    return this.cases.update(actor, id, body);
  }

  @CheckPolicies('transition', 'Case')
  @Post(':id/transitions')
  @HttpCode(200)
  @ApiOkResponse({ type: CaseDetailDto })
  async transition(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: TransitionCaseDto,
  ): Promise<CaseDetailDto> {
    await this.transitions.transition(actor, id, body);
    return this.cases.get(actor, id);
  }

  @CheckPolicies('read', 'CaseMember')
  @Get(':id/members')
  @ApiOkResponse({ type: CaseMemberListDto })
  listMembers(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<CaseMemberListDto> {
    return this.members.list(actor, id);
  }

  @CheckPolicies('create', 'CaseMember')
  @Post(':id/members')
  @ApiCreatedResponse({ type: CaseMemberListDto })
  async addMember(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AddCaseMemberDto,
  ): Promise<CaseMemberListDto> {
    await this.members.add(actor, id, body.userId, body.reason);
    return this.members.list(actor, id);
  }

  @CheckPolicies('delete', 'CaseMember')
  @Delete(':id/members/:userId')
  @HttpCode(204)
  @ApiNoContentResponse()
  async removeMember(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Body() body: RemoveCaseMemberDto,
    @Query() query: RemoveCaseMemberDto,
  ): Promise<void> {
    await this.members.remove(actor, id, userId, body.reason ?? query.reason);
  }
}
