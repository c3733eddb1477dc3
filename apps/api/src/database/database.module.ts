import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './data-source-options';
import { CellKeysRepository } from './repositories/cell-keys.repository';
import { IndexSuspension } from './repositories/index-suspension.repository';
import { RollupsRepository } from './repositories/rollups.repository';

/** The TypeORM connection (migrations run at start), the shared cell-key dictionary and the rollup refresh. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(url: string): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [TypeOrmModule.forRoot(dataSourceOptions(url))],
      providers: [CellKeysRepository, RollupsRepository, IndexSuspension],
      exports: [CellKeysRepository, RollupsRepository, IndexSuspension],
    };
  }
}
