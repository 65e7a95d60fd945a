import { Injectable } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService } from '@nestjs/core';

import { GRAPHQL_PATH } from '../graphql/graphql.options.js';

/** The first segment of each path (`meetings/:id/registrations.csv` → `meetings`); parameters and wildcards reserve nothing. */
function firstSegments(paths: unknown): string[] {
  const list = Array.isArray(paths) ? paths : [paths];
  return list
    .filter((path): path is string => typeof path === 'string')
    .map((path) => path.replace(/^\/+/, '').split('/')[0] ?? '')
    .filter((segment) => segment !== '' && !/^[:*{]/.test(segment));
}

/**
 * The first path segments that belong to the API: GraphQL and every route
 * of every controller (health, the explorer's assets, calendars and CSV
 * exports, and whatever is added later), found from Nest's own metadata so
 * that a new controller needs no change here. The portal's fallback leaves
 * these alone.
 */
@Injectable()
export class ApiPaths {
  private reserved: Set<string> | undefined;

  constructor(private readonly discovery: DiscoveryService) {}

  has(firstSegment: string): boolean {
    this.reserved ??= this.find();
    return this.reserved.has(firstSegment);
  }

  private find(): Set<string> {
    const reserved = new Set(firstSegments(GRAPHQL_PATH));
    for (const { metatype } of this.discovery.getControllers()) {
      if (!metatype) continue;
      const base = firstSegments(Reflect.getMetadata(PATH_METADATA, metatype));
      if (base.length > 0) {
        for (const segment of base) reserved.add(segment);
        continue;
      }
      // A controller at the root (`@Controller()`): its methods' paths say where it answers.
      const prototype = metatype.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (typeof handler === 'function') for (const segment of firstSegments(Reflect.getMetadata(PATH_METADATA, handler))) reserved.add(segment);
      }
    }
    return reserved;
  }
}
