import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { CheckPolicies } from '../../authz/check-policies.decorator';
import type { Actor } from '../../common/request-context';
import { CreateFindingDto, FindingDto, FindingListDto } from './dto/finding.dto';
import { CreateTaskDto, TaskDto, TaskListDto, UpdateTaskDto } from './dto/task.dto';
import { FindingsService } from './findings.service';
import { TasksService } from './tasks.service';

@ApiTags('review')
@ApiBearerAuth()
@Controller('cases/:id')
export class ReviewController {
  constructor(
    private readonly tasks: TasksService,
    private readonly findings: FindingsService,
  ) {}

  @CheckPolicies('read', 'Task')
  @Get('tasks')
  @ApiOkResponse({ type: TaskListDto })
  listTasks(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) caseId: string): Promise<TaskListDto> {
    return this.tasks.list(actor, caseId);
  }

  @CheckPolicies('create', 'Task')
  @Post('tasks')
  @ApiCreatedResponse({ type: TaskDto })
  createTask(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Body() body: CreateTaskDto,
  ): Promise<TaskDto> {
    return this.tasks.create(actor, caseId, body);
  }

  @CheckPolicies('update', 'Task')
  @Patch('tasks/:tid')
  @ApiOkResponse({ type: TaskDto })
  updateTask(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Param('tid', ParseUUIDPipe) id: string,
    @Body() body: UpdateTaskDto,
  ): Promise<TaskDto> {
    return this.tasks.update(actor, caseId, id, body);
  }

  @CheckPolicies('read', 'Finding')
  @Get('findings')
  @ApiOkResponse({ type: FindingListDto })
  listFindings(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) caseId: string): Promise<FindingListDto> {
    return this.findings.list(actor, caseId);
  }

  @CheckPolicies('create', 'Finding')
  @Post('findings')
  @ApiCreatedResponse({ type: FindingDto })
  createFinding(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Body() body: CreateFindingDto,
  ): Promise<FindingDto> {
    return this.findings.create(actor, caseId, body);
  }
}
