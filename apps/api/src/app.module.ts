import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';

import { AuditModule } from '#audit';
import { AuthModule, JwtAuthGuard } from '#auth';
import { InputValidationPipe } from '#common';
import { AppConfig, ConfigModule } from '#config';
import { DevelopmentAreasModule } from '#development-areas';
import { DirectoryModule } from '#directory';
import { ExchangeModule } from '#exchange';
import { MailModule } from '#mail';
import { MeetingsModule } from '#meetings';
import { PrismaModule } from '#prisma';
import { SearchModule } from '#search';

import { ExplorerAssetsController } from './explorer/explorer.js';
import { graphqlOptions } from './graphql/graphql.options.js';
import { HealthController } from './health/health.controller.js';
import { PortalModule } from './portal/portal.module.js';

/** Composition only: each capability lives in its own library. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        PrismaModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, ...graphqlOptions(config) }),
        AuditModule,
        AuthModule,
        DirectoryModule,
        MailModule,
        MeetingsModule,
        ExchangeModule,
        DevelopmentAreasModule,
        SearchModule,
        PortalModule,
      ],
      controllers: [HealthController, ExplorerAssetsController],
      providers: [
        { provide: APP_GUARD, useExisting: JwtAuthGuard },
        { provide: APP_PIPE, useClass: InputValidationPipe },
      ],
    };
  }
}
