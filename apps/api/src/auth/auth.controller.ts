import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuditContext } from '../audit/audit-event.types';
import { Public, SignedIn } from '../authz/check-policies.decorator';
import type { Actor } from '../common/request-context';
import { AuthService } from './auth.service';
import { AnonymousAuditContext, CurrentActor } from './current-actor.decorator';
import { LoginDto, LoginResponseDto, MeResponseDto } from './dto/login.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponseDto })
  login(@Body() body: LoginDto, @AnonymousAuditContext() context: AuditContext): Promise<LoginResponseDto> {
    return this.auth.login(body.email, body.password, context);
  }

  @SignedIn()
  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  async logout(@CurrentActor() actor: Actor): Promise<void> {
    await this.auth.logout(actor);
  }

  @SignedIn()
  @Get('me')
  @ApiBearerAuth()
  @ApiOkResponse({ type: MeResponseDto })
  me(@CurrentActor() actor: Actor): MeResponseDto {
    return this.auth.describe(actor);
  }
}
