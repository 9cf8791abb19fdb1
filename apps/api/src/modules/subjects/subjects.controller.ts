import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { CheckPolicies } from '../../authz/check-policies.decorator';
import type { Actor } from '../../common/request-context';
import { CreateSubjectDto, ListSubjectsQueryDto, SubjectDetailDto, SubjectPageDto } from './dto/subject.dto';
import { SubjectsService } from './subjects.service';

@ApiTags('subjects')
@ApiBearerAuth()
@Controller('subjects')
export class SubjectsController {
  constructor(private readonly subjects: SubjectsService) {}

  @CheckPolicies('read', 'Subject')
  @Get()
  @ApiOkResponse({ type: SubjectPageDto })
  list(@Query() query: ListSubjectsQueryDto): Promise<SubjectPageDto> {
    const { limit, cursor, ...filter } = query;
    return this.subjects.list(filter, limit, cursor);
  }

  @CheckPolicies('create', 'Subject')
  @Post()
  @ApiCreatedResponse({ type: SubjectDetailDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateSubjectDto): Promise<SubjectDetailDto> {
    return this.subjects.create(actor, body);
  }

  @CheckPolicies('read', 'Subject')
  @Get(':id')
  @ApiOkResponse({ type: SubjectDetailDto })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<SubjectDetailDto> {
    return this.subjects.get(actor, id);
  }
}
