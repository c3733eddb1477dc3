import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '../../common/graphql/enums';
import { CurrentUser } from '../../auth/decorators/current-user.decorator';
import { MinRole } from '../../auth/decorators/min-role.decorator';
import { type AuthUser } from '../../auth/auth-user';
import { UserDto } from '../dtos/outputs/user.dto';
import { UsersService } from '../services/users.service';

@Resolver(() => UserDto)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Mutation(() => UserDto)
  @MinRole(Role.ADMIN)
  createUser(
    @CurrentUser() actor: AuthUser,
    @Args('email') email: string,
    @Args('password') password: string,
    @Args('role', { type: () => Role }) role: Role,
    @Args('regionCodes', { type: () => [String], nullable: true }) regionCodes?: string[] | null,
  ): Promise<UserDto> {
    return this.users.create(actor.email, email, password, role, regionCodes ?? []);
  }
}
