import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { startTestApp, type TestApp } from '#testing';

const INDEX = '<!doctype html><html lang="sv"><head><title>Samverka</title></head><body><div id="root"></div></body></html>';
const ASSET = 'assets/index-Ab12Cd34.js';
const HTML = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

/** A stand-in for what `npm run portal:build` writes, so that this test needs no Vite build. */
function fakePortalBuild(): string {
  const directory = mkdtempSync(path.join(tmpdir(), 'samverka-portal-'));
  mkdirSync(path.join(directory, 'assets'));
  writeFileSync(path.join(directory, 'index.html'), INDEX);
  writeFileSync(path.join(directory, ASSET), 'console.log("portal");');
  writeFileSync(path.join(directory, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return directory;
}

describe('the portal served at /', () => {
  const directory = fakePortalBuild();
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ database: 'migrated', env: { PORTAL_DIST_DIR: directory } });
  });

  afterAll(async () => {
    await api.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('serves index.html at / to a browser, revalidated on every visit and locked to its own origin', async () => {
    const response = await fetch(`${api.url}/`, { headers: HTML });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toBe(INDEX);
  });

  it('answers the portal’s own pages with index.html, so that a reload or a shared link works', async () => {
    for (const page of ['/aktorer/migrationsverket', '/vem-gor-vad', '/moten/8f14e45f-ceea-467f-a0e6-4e7b8e2b9a0c', '/sok?q=bidrag', '/samordning/moten/ny']) {
      const response = await fetch(`${api.url}${page}`, { headers: HTML });
      expect({ page, status: response.status, body: await response.text() }).toEqual({ page, status: 200, body: INDEX });
    }
  });

  it('serves hashed assets with a year-long immutable cache, and other files revalidated', async () => {
    const asset = await fetch(`${api.url}/${ASSET}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const icon = await fetch(`${api.url}/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers a missing file with 404, never with index.html', async () => {
    for (const file of ['/assets/index-gone.js', '/robots.txt', '/..%2f..%2fpackage.json']) {
      const response = await fetch(`${api.url}${file}`, { headers: HTML });
      expect({ file, status: response.status }).toEqual({ file, status: 404 });
      expect(await response.text()).not.toContain('<div id="root">');
    }
  });

  it('leaves the API’s own paths to the API, even when a browser asks for them', async () => {
    const graphiql = await fetch(`${api.url}/graphql`, { headers: HTML });
    expect(await graphiql.text()).toContain('GraphiQL');
    const query = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ networks { slug } }"}',
    });
    expect(query.status).toBe(200);
    expect(await query.json()).toEqual({ data: { networks: [] } });

    const health = await fetch(`${api.url}/health`, { headers: HTML });
    expect(health.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await health.json()).toEqual({ status: 'ok', database: 'up' });

    const calendar = await fetch(`${api.url}/calendar.ics`, { headers: HTML });
    expect(calendar.headers.get('content-type')).toMatch(/^text\/calendar/);
    const meeting = await fetch(`${api.url}/meetings/8f14e45f-ceea-467f-a0e6-4e7b8e2b9a0c.ics`, { headers: HTML });
    expect(meeting.status).toBe(404);
    expect(meeting.headers.get('content-type')).toMatch(/^application\/json/);
    const explorer = await fetch(`${api.url}/explorer/react.js`, { headers: HTML });
    expect(explorer.headers.get('content-type')).toMatch(/javascript/);
  });

  it('answers a script asking for an unknown path with the API’s JSON 404, not a page', async () => {
    const response = await fetch(`${api.url}/aktorer/migrationsverket`, { headers: { accept: 'application/json' } });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
  });

  it('answers HEAD like GET, without a body', async () => {
    const response = await fetch(`${api.url}/moten`, { method: 'HEAD', headers: HTML });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  });
});

describe('the portal before it is built', () => {
  const missing = path.join(tmpdir(), 'samverka-portal-never-built');
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ database: 'migrated', env: { PORTAL_DIST_DIR: missing } });
  });

  afterAll(async () => {
    await api.close();
  });

  it('says in Swedish and English how to build it, instead of a bare 404', async () => {
    const response = await fetch(`${api.url}/`, { headers: HTML });
    expect(response.status).toBe(503);
    const page = await response.text();
    expect(page).toContain('Portalen är inte byggd');
    expect(page).toContain('The portal has not been built yet');
    expect(page).toContain('npm run portal:build');
  });

  it('still serves the API', async () => {
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
  });
});
