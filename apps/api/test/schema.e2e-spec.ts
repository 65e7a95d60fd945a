import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { buildSchema, findBreakingChanges } from 'graphql';

import { projectRoot } from '#config';
import { startTestApp, type TestApp } from '#testing';

import { printServedSchema, SCHEMA_FILE } from '../src/graphql/schema-file.js';

const CONTRACT_COPY = path.join(projectRoot(), 'apps', 'api', 'contract.graphql');
const SHARED_CONTRACT = path.join(projectRoot(), '..', 'shared', 'api', 'contract.graphql');

describe('the served schema', () => {
  let api: TestApp;
  let served: string;

  beforeAll(async () => {
    api = await startTestApp();
    served = printServedSchema(api.app);
  });

  afterAll(async () => {
    await api.close();
  });

  it('is committed as apps/api/schema.graphql (run `npm run gql:schema` when this fails)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(served);
  });

  it('has no breaking change against the contract', () => {
    const changes = findBreakingChanges(buildSchema(readFileSync(CONTRACT_COPY, 'utf8')), buildSchema(served));
    expect(changes.map((change) => `${change.type}: ${change.description}`)).toEqual([]);
  });

  it('is checked against the contract as it stands in shared/, when that is beside the checkout', () => {
    // The copy lets the project build alone; this keeps it from going stale.
    if (!existsSync(SHARED_CONTRACT)) return;
    expect(readFileSync(CONTRACT_COPY, 'utf8')).toBe(readFileSync(SHARED_CONTRACT, 'utf8'));
  });
});
