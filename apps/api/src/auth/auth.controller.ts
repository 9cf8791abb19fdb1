import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
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
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail or password: one answer for both' })
  @ApiTooManyRequestsResponse({
    description:
      'Too many failed sign-ins for this account from this address, or from this address overall; ' +
      'each further failure doubles the wait. Other addresses are not affected.',
    headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } },
  })
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
