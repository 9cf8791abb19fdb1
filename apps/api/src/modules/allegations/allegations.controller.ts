import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { CheckPolicies } from '../../authz/check-policies.decorator';
import type { Actor } from '../../common/request-context';
import { AllegationsService } from './allegations.service';
import { AllegationDto, AllegationListDto, CreateAllegationDto, UpdateAllegationDto } from './dto/allegation.dto';

@ApiTags('allegations')
@ApiBearerAuth()
@Controller('cases/:id/allegations')
export class AllegationsController {
  constructor(private readonly allegations: AllegationsService) {}

  @CheckPolicies('read', 'Allegation')
  @Get()
  @ApiOkResponse({ type: AllegationListDto })
  list(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) caseId: string): Promise<AllegationListDto> {
    return this.allegations.list(actor, caseId);
  }

  @CheckPolicies('create', 'Allegation')
  @Post()
  @ApiCreatedResponse({ type: AllegationDto })
  create(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Body() body: CreateAllegationDto,
  ): Promise<AllegationDto> {
    return this.allegations.create(actor, caseId, body);
  }

  @CheckPolicies('read', 'Allegation')
  @Get(':aid')
  @ApiOkResponse({ type: AllegationDto })
  get(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Param('aid', ParseUUIDPipe) id: string,
  ): Promise<AllegationDto> {
    return this.allegations.get(actor, caseId, id);
  }

  @CheckPolicies('update', 'Allegation')
  @Patch(':aid')
  @ApiOkResponse({ type: AllegationDto })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Param('aid', ParseUUIDPipe) id: string,
    @Body() body: UpdateAllegationDto,
  ): Promise<AllegationDto> {
    return this.allegations.update(actor, caseId, id, body);
  }
}
