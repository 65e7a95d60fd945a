import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';

import { AppConfig, LOG_LEVELS } from '#config';

import { AppModule } from './app.module.js';
import { HttpErrorFilter } from './http/http-error.filter.js';

/** A body larger than this is refused before GraphQL sees it. */
export const MAX_BODY_BYTES = '1mb';

/** Builds the whole API as `npm start` and the e2e tests run it. */
export async function createApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    logger: LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(config.logLevel) + 1),
  });
  app.useBodyParser('json', { limit: MAX_BODY_BYTES });
  app.useGlobalFilters(new HttpErrorFilter());
  await app.init();
  return app;
}
