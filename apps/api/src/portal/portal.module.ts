import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';

import { ApiPaths } from './api-paths.js';
import { PortalMiddleware } from './portal.middleware.js';

/** The web portal at /: the files `npm run portal:build` writes to dist/portal (PORTAL_DIST_DIR), with index.html for the portal's own pages. */
@Module({ imports: [DiscoveryModule], providers: [ApiPaths] })
export class PortalModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(PortalMiddleware).forRoutes('{*path}');
  }
}
