import { Module } from '@nestjs/common';
import { ResultCacheModule } from '../common/cache/result-cache.module';
import { AgenciesRepository } from './repositories/agencies.repository';
import { AgenciesResolver } from './resolvers/agencies.resolver';
import { AgenciesService } from './services/agencies.service';
import { LoadersFactory } from './services/loaders.factory';

/** The directory: regions, agencies, agency types, the metric catalog; batch loaders. */
@Module({
  imports: [ResultCacheModule],
  providers: [AgenciesRepository, AgenciesService, AgenciesResolver, LoadersFactory],
  exports: [AgenciesRepository, LoadersFactory],
})
export class AgenciesModule {}
