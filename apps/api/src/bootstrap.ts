import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

import { AppConfig } from '#config';

import { AppModule } from './app.module.js';
import { DomainErrorFilter } from './http/domain-error.filter.js';

/** A body larger than this is refused before GraphQL sees it. */
export const MAX_BODY_BYTES = '1mb';

/** Body-parser failures, answered in the contract's error shape instead of Express's HTML page. */
function bodyErrorHandler(error: { type?: string; status?: number }, _request: Request, response: Response, next: NextFunction): void {
  if (error.type === 'entity.too.large') {
    response.status(413).json({ errors: [{ message: 'Förfrågan är för stor (högst 1 MB). / Request body over 1 MB.', extensions: { code: 'BAD_USER_INPUT' } }] });
  } else if (error.type === 'entity.parse.failed') {
    response.status(400).json({ errors: [{ message: 'Förfrågan är inte giltig JSON. / Malformed JSON body.', extensions: { code: 'BAD_USER_INPUT' } }] });
  } else {
    next(error);
  }
}

/** Builds the whole API as `npm start` and the e2e tests run it. */
export async function createApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    logger: (['error', 'warn', 'log', 'debug'] as const).slice(0, ['error', 'warn', 'log', 'debug'].indexOf(config.logLevel) + 1),
  });
  app.useBodyParser('json', { limit: MAX_BODY_BYTES });
  app.useGlobalFilters(new DomainErrorFilter());
  await app.init();
  app.getHttpAdapter().getInstance().use(bodyErrorHandler);
  return app;
}
