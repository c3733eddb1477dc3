import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './data-source-options';
import { CellKeysRepository } from './repositories/cell-keys.repository';

/** The TypeORM connection (migrations run at start) and the shared cell-key dictionary. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(url: string): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [TypeOrmModule.forRoot(dataSourceOptions(url))],
      providers: [CellKeysRepository],
      exports: [CellKeysRepository],
    };
  }
}
