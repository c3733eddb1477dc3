import { type DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';

/** TypeORM options: raw SQL repositories, no entities, schema only by migrations. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [],
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error'],
    extra: { max: 8 },
  };
}
