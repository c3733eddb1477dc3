import { type Request } from 'express';
import { type AuthUser } from '../../auth/auth-user';
import { type Loaders } from '../../agencies/services/loaders.factory';

export type AppRequest = Request & { user?: AuthUser };
/** What every resolver gets as context: the request (with its user) and per-request loaders. */
export type GqlContext = { req: AppRequest; loaders: Loaders };
