import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { AgenciesModule } from './agencies/agencies.module';
import { LoadersFactory } from './agencies/services/loaders.factory';
import { AnalyticsModule } from './analytics/analytics.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { TokenService } from './auth/services/token.service';
import { hasRole } from './auth/auth-user';
import { DataVersion } from './common/cache/data-version';
import { responseCachePlugin } from './common/cache/response-cache.plugin';
import { ResultCacheModule } from './common/cache/result-cache.module';
import { stableJson } from './common/cache/stable-json';
import { CommonModule } from './common/common.module';
import { Role } from './common/graphql/enums';
import { formatError } from './common/graphql/format-error';
import { type AppRequest } from './common/graphql/gql-context';
import { operationLimitsPlugin } from './common/graphql/operation-limits.plugin';
import { HealthModule } from './common/health/health.module';
import { ConfigModule } from './config/config.module';
import { AppConfigService } from './config/services/app-config.service';
import { DatabaseModule } from './database/database.module';
import { FlagsModule } from './flags/flags.module';
import { GraphiqlModule } from './graphiql/graphiql.module';
import { IngestionModule } from './ingestion/ingestion.module';
import { ReportsModule } from './reports/reports.module';
import { UsersModule } from './users/users.module';
import { WorkbenchCoreModule } from './workbench/workbench-core.module';
import { WorkbenchModule } from './workbench/workbench.module';

/** The API: GraphQL (code-first, Apollo), the upload endpoint, GraphiQL; the database at `url`. */
@Module({})
export class AppModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(),
        DatabaseModule.forRoot(databaseUrl),
        CommonModule,
        HealthModule,
        AuditModule,
        WorkbenchCoreModule,
        AuthModule,
        UsersModule,
        AgenciesModule,
        FlagsModule,
        ReportsModule,
        AnalyticsModule,
        IngestionModule,
        WorkbenchModule,
        GraphiqlModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AgenciesModule, ResultCacheModule],
          inject: [AppConfigService, LoadersFactory, TokenService, DataVersion],
          useFactory: (config: AppConfigService, loaders: LoadersFactory, tokens: TokenService, version: DataVersion): ApolloDriverConfig => ({
            autoSchemaFile: config.app.schemaFile ?? true,
            sortSchema: true,
            playground: false,
            graphiql: false,
            // Introspection stays on in production, but only for signed-in analysts and above (the plugin).
            introspection: true,
            // Apollo's own landing page loads from a CDN: off; GET /graphql serves our GraphiQL.
            plugins: [
              ApolloServerPluginLandingPageDisabled(),
              // No @cacheControl hints are used; the default plugin hooks every field (≈ 15% of a report detail's CPU).
              ApolloServerPluginCacheControlDisabled(),
              ...(config.app.resultCache ? [responseCachePlugin({
                version,
                maxMb: config.app.resultCacheMb,
                // The caller as the auth guard sees it: anonymous, or the token's user, role and regions.
                identity: ({ req }) => {
                  const user = tokens.userOf(req.headers.authorization);
                  return user ? stableJson([user.id, user.role, user.regionCodes]) : null;
                },
              })] : []),
              operationLimitsPlugin({
                maxDepth: config.app.maxQueryDepth,
                maxCost: config.app.maxQueryCost,
                mayIntrospect: ({ req }) => {
                  const user = tokens.userOf(req.headers.authorization);
                  return user != null && hasRole(user, Role.ANALYST);
                },
              }),
            ],
            // Multipart uploads are CSRF-safe when they carry a bearer token (a form cannot set it).
            csrfPrevention: { requestHeaders: ['authorization', 'apollo-require-preflight', 'x-apollo-operation-name'] },
            formatError,
            context: ({ req }: { req: AppRequest }) => ({ req, loaders: loaders.create() }),
          }),
        }),
      ],
    };
  }
}
