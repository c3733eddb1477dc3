import { Module } from '@nestjs/common';
import { PasswordService } from '../auth/services/password.service';
import { UsersRepository } from './repositories/users.repository';
import { UsersResolver } from './resolvers/users.resolver';
import { UsersService } from './services/users.service';

@Module({
  providers: [UsersRepository, UsersService, UsersResolver, PasswordService],
  exports: [UsersRepository, UsersService, PasswordService],
})
export class UsersModule {}
