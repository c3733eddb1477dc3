import { existsSync } from 'node:fs';
import { type LogLevel } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { graphqlUploadExpress } from 'graphql-upload-minimal';
import { AppModule } from '../app.module';
import { HttpErrorsFilter } from '../common/filters/http-errors.filter';
import { securityHeaders } from '../common/http/security-headers';
import { AppConfigService } from '../config/services/app-config.service';
import { graphiqlMiddleware } from '../graphiql/graphiql.middleware';
import { UsersService } from '../users/services/users.service';
import { spaFallback } from '../web/spa-fallback.middleware';

/**
 * The HTTP application on a database: security headers (helmet, CSP), GraphiQL and bounded
 * multipart uploads in front of /graphql,
 * the web app's static files with an SPA fallback, the configured admin account.
 */
export async function createApp(databaseUrl: string, logger: LogLevel[] = ['log', 'warn', 'error']): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(databaseUrl), { logger });
  const config = app.get(AppConfigService).app;
  app.disable('x-powered-by');
  app.use(securityHeaders());
  app.useGlobalFilters(new HttpErrorsFilter(app.get(HttpAdapterHost).httpAdapter));
  app.use('/graphql', graphiqlMiddleware);
  // One byte over the per-file bound marks the file as too large (readGraphqlUploads names it).
  app.use('/graphql', graphqlUploadExpress({ maxFileSize: config.maxUploadBytes + 1, maxFiles: config.maxUploadFiles, maxFieldSize: 1024 * 1024 }));
  if (existsSync(config.webDistDir)) app.useStaticAssets(config.webDistDir, { index: 'index.html' });
  app.use(spaFallback(config.webDistDir));
  await app.init();
  await app.get(UsersService).ensureConfiguredAdmin();
  return app;
}
