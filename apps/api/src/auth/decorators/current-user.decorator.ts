import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ANONYMOUS, type AuthUser } from '../auth-user';
import { type AppRequest } from '../../common/graphql/gql-context';

export const requestOf = (ctx: ExecutionContext): AppRequest =>
  ctx.getType<string>() === 'graphql' ? GqlExecutionContext.create(ctx).getContext().req : ctx.switchToHttp().getRequest();

/** The caller, as the auth guard resolved it. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => requestOf(ctx).user ?? ANONYMOUS);
