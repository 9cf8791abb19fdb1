import { Module } from '@nestjs/common';
import { UsersRepository } from '../modules/users/users.repository';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { SessionsRepository } from './sessions.repository';

@Module({
  controllers: [AuthController],
  providers: [AuthService, SessionsRepository, PasswordHasher, UsersRepository],
  exports: [AuthService, SessionsRepository, PasswordHasher, UsersRepository],
})
export class AuthModule {}
