import { Global, type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { CellCorrectionsRepository } from './corrections/cell-corrections.repository';
import { RegionScopeMiddleware } from './scope/region-scope.middleware';
import { RegionScope } from './scope/region-scope.service';

/**
 * What other modules read from the workbench: the caller's region scope (every query narrows
 * by it) and the corrected cells (ingestion and rechecks apply them).
 */
@Global()
@Module({
  providers: [RegionScope, CellCorrectionsRepository],
  exports: [RegionScope, CellCorrectionsRepository],
})
export class WorkbenchCoreModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RegionScopeMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
