import { Module } from '@nestjs/common';
import { AgenciesModule } from '../agencies/agencies.module';
import { ResultCacheModule } from '../common/cache/result-cache.module';
import { MetricsRepository } from './repositories/metrics.repository';
import { AnalyticsResolver } from './resolvers/analytics.resolver';
import { AnalyticsService } from './services/analytics.service';

/** Trend, compare, ranking and overview over the report_metrics rollup. */
@Module({
  imports: [AgenciesModule, ResultCacheModule],
  providers: [MetricsRepository, AnalyticsService, AnalyticsResolver],
})
export class AnalyticsModule {}
