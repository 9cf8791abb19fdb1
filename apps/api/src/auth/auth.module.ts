import { Module } from '@nestjs/common';
import { UsersRepository } from '../modules/users/users.repository';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginThrottleService } from './login-throttle.service';
import { LoginThrottlesRepository } from './login-throttles.repository';
import { PasswordHasher } from './password-hasher';
import { SessionsRepository } from './sessions.repository';

@Module({
  controllers: [AuthController],
  providers: [
    AuthService,
    SessionsRepository,
    PasswordHasher,
    UsersRepository,
    LoginThrottleService,
    LoginThrottlesRepository,
  ],
  exports: [AuthService, SessionsRepository, PasswordHasher, UsersRepository, LoginThrottleService],
})
export class AuthModule {}
