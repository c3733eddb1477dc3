import { Injectable, type NestMiddleware } from '@nestjs/common';
import { type NextFunction, type Response } from 'express';
import { type AppRequest } from '../../common/graphql/gql-context';
import { RegionScope } from './region-scope.service';

/** Opens the request's async context that RegionScope reads the caller from. */
@Injectable()
export class RegionScopeMiddleware implements NestMiddleware {
  use(req: AppRequest, _res: Response, next: NextFunction): void {
    RegionScope.run(req, next);
  }
}
