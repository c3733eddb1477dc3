import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type AuthUser } from '../auth-user';
import { CurrentUser } from '../decorators/current-user.decorator';
import { AuthPayloadDto } from '../dtos/outputs/auth-payload.dto';
import { AuthService } from '../services/auth.service';
import { UserDto } from '../../users/dtos/outputs/user.dto';
import { type GqlContext } from '../../common/graphql/gql-context';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => AuthPayloadDto)
  login(@Args('email') email: string, @Args('password') password: string, @Context() ctx: GqlContext): Promise<AuthPayloadDto> {
    return this.auth.login(email, password, ctx.req.ip ?? ctx.req.socket?.remoteAddress ?? 'unknown');
  }

  /** Tokens are stateless: the client drops it; the logout is audited. */
  @Mutation(() => Boolean)
  logout(@CurrentUser() user: AuthUser): Promise<boolean> {
    return this.auth.logout(user);
  }

  @Query(() => UserDto, { nullable: true })
  me(@CurrentUser() user: AuthUser): Promise<UserDto | null> {
    return this.auth.me(user);
  }
}
