import { Module, forwardRef } from '@nestjs/common';
import { UsersModule } from '../modules/users/users.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginThrottleService } from './login-throttle.service';
import { LoginThrottlesRepository } from './login-throttles.repository';
import { PasswordHasher } from './password-hasher';
import { SessionsRepository } from './sessions.repository';

@Module({
  imports: [forwardRef(() => UsersModule)],
  controllers: [AuthController],
  providers: [AuthService, SessionsRepository, PasswordHasher, LoginThrottleService, LoginThrottlesRepository],
  exports: [AuthService, SessionsRepository, PasswordHasher, LoginThrottleService],
})
export class AuthModule {}
