import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

import { AppConfig, projectRoot } from '#config';

import { ApiPaths } from './api-paths.js';

/** Vite names the files under assets/ by a hash of their content: a changed file gets a new name, so they may be kept for a year. */
const ASSET_CACHE = 'public, max-age=31536000, immutable';

/** index.html and the other files (favicon): always revalidated, so a new build is picked up at once. */
const REVALIDATE = 'no-cache';

/** Everything the portal needs comes from its own origin. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const NOT_BUILT = `<!doctype html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Samverka – portalen är inte byggd</title>
</head>
<body>
  <main>
    <h1>Portalen är inte byggd än</h1>
    <p>API:t kör, men webbportalen har inte byggts. Bygg den med <code>npm run portal:build</code> och ladda om sidan
      (<code>npm start</code> bygger den själv när den saknas).</p>
    <p><a href="/graphql">GraphQL-API:t</a> och <a href="/health">hälsokontrollen</a> fungerar redan.</p>
    <div lang="en">
      <h2>The portal has not been built yet</h2>
      <p>The API is running, but the web portal has not been built. Build it with <code>npm run portal:build</code> and reload
        the page (<code>npm start</code> builds it when it is missing).</p>
    </div>
  </main>
</body>
</html>
`;

/** A browser navigating to a page (not a script fetching data, which asks for JSON or anything). */
function wantsPage(request: Request): boolean {
  return (request.method === 'GET' || request.method === 'HEAD') && /\btext\/html\b/.test(request.headers.accept ?? '');
}

/** The file under `directory` that a URL path names, if there is one; never anything outside it. */
function fileIn(directory: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = path.resolve(directory, `.${decoded}`);
  if (!file.startsWith(directory + path.sep)) return undefined;
  return statSync(file, { throwIfNoEntry: false })?.isFile() ? file : undefined;
}

/**
 * Serves the built portal (dist/portal) at /: its files as they are, and
 * index.html for every other page a browser asks for, so that the portal's
 * own router can show /aktorer/migrationsverket after a reload. The API's
 * paths, and paths that name a file (`.ics`, `.csv`, a missing asset), are
 * left to the API, which answers them or says 404.
 */
@Injectable()
export class PortalMiddleware implements NestMiddleware {
  private readonly directory: string;

  constructor(
    config: AppConfig,
    private readonly apiPaths: ApiPaths,
  ) {
    this.directory = path.resolve(projectRoot(), config.portalDistDir);
  }

  use(request: Request, response: Response, next: NextFunction): void {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    // The whole path: Nest mounts middleware on a pattern, which Express strips from request.path.
    const { pathname } = new URL(request.originalUrl, 'http://portal');
    if (this.apiPaths.has(pathname.split('/')[1] ?? '')) return next();
    const file = fileIn(this.directory, pathname);
    if (file) {
      const hashed = file.startsWith(path.join(this.directory, 'assets') + path.sep);
      response.sendFile(file, { headers: { 'Cache-Control': hashed ? ASSET_CACHE : REVALIDATE } }, (error) => {
        if (error && !response.headersSent) next();
      });
      return;
    }
    this.page(request, pathname, response, next);
  }

  private page(request: Request, pathname: string, response: Response, next: NextFunction): void {
    if (!wantsPage(request) || (pathname.split('/').pop() ?? '').includes('.')) return next();
    const index = path.join(this.directory, 'index.html');
    response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    if (!existsSync(index)) {
      response.status(503).type('html').setHeader('Cache-Control', 'no-store').send(NOT_BUILT);
      return;
    }
    response.sendFile(index, { headers: { 'Cache-Control': REVALIDATE } }, (error) => {
      if (error && !response.headersSent) next(error);
    });
  }
}
