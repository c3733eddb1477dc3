import { existsSync } from 'node:fs';
import { type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { graphqlUploadExpress } from 'graphql-upload-minimal';
import { AppModule } from '../app.module';
import { AppConfigService } from '../config/services/app-config.service';
import { graphiqlMiddleware } from '../graphiql/graphiql.middleware';
import { UsersService } from '../users/services/users.service';
import { spaFallback } from '../web/spa-fallback.middleware';

/**
 * The HTTP application on a database: GraphiQL and multipart uploads in front of /graphql,
 * the web app's static files with an SPA fallback, the configured admin account.
 */
export async function createApp(databaseUrl: string, logger: LogLevel[] = ['log', 'warn', 'error']): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(databaseUrl), { logger });
  const config = app.get(AppConfigService).app;
  app.use('/graphql', graphiqlMiddleware);
  app.use('/graphql', graphqlUploadExpress({ maxFileSize: config.maxUploadBytes, maxFiles: 1000 }));
  if (existsSync(config.webDistDir)) app.useStaticAssets(config.webDistDir, { index: 'index.html' });
  app.use(spaFallback(config.webDistDir));
  await app.init();
  await app.get(UsersService).ensureConfiguredAdmin();
  return app;
}
