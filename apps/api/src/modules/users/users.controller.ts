import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { CheckPolicies } from '../../authz/check-policies.decorator';
import type { Actor } from '../../common/request-context';
import {
  CreateUserDto,
  LiftSignInLockDto,
  ListUsersQueryDto,
  UpdateUserDto,
  UserDto,
  UserPageDto,
} from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @CheckPolicies('read', 'User')
  @Get()
  @ApiOkResponse({ type: UserPageDto })
  list(@Query() query: ListUsersQueryDto): Promise<UserPageDto> {
    return this.users.list({ role: query.role, active: query.active }, query.limit, query.cursor);
  }

  @CheckPolicies('read', 'User')
  @Get(':id')
  @ApiOkResponse({ type: UserDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<UserDto> {
    return this.users.get(id);
  }

  @CheckPolicies('create', 'User')
  @Post()
  @ApiCreatedResponse({ type: UserDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateUserDto): Promise<UserDto> {
    return this.users.create(actor, body);
  }

  @CheckPolicies('update', 'User')
  @Patch(':id')
  @ApiOkResponse({ type: UserDto })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateUserDto,
  ): Promise<UserDto> {
    return this.users.update(actor, id, body);
  }

  /** Lifts the sign-in throttles on the account, e.g. for an owner who mistyped too often. */
  @CheckPolicies('update', 'User')
  @Post(':id/unlock')
  @HttpCode(200)
  @ApiOkResponse({ type: UserDto, description: 'The user, no longer throttled from any address (audited)' })
  @ApiNotFoundResponse({ description: 'No such user' })
  unlock(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: LiftSignInLockDto,
  ): Promise<UserDto> {
    return this.users.liftSignInLock(actor, id, body.reason);
  }
}
