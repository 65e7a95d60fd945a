import { startTestApp, type TestApp } from '#testing';

/** Breaks the database under a running app, so that a query fails inside Prisma. */
async function breakDatabase(api: TestApp): Promise<void> {
  await api.prisma.client.$executeRawUnsafe('ALTER TABLE civil_society_work RENAME TO civil_society_work_gone');
}

describe('unexpected errors', () => {
  describe('in production', () => {
    let api: TestApp;

    beforeAll(async () => {
      // The internal errors these tests cause are logged as errors by design; keep them out of the test output.
      api = await startTestApp({ mode: 'production', env: { LOG_LEVEL: 'fatal' } });
      await breakDatabase(api);
    });

    afterAll(async () => {
      await api.close();
    });

    it('reach the client as a generic internal error: no stack trace, SQL or Prisma text', async () => {
      const result = await api.gql.request('{ civilSocietyWork { totalCount } }');
      expect(result.errors).toHaveLength(1);
      const [error] = result.errors!;
      expect(error!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      const text = JSON.stringify(result);
      for (const leak of ['stacktrace', 'civil_society_work', 'Prisma', 'prisma', 'SELECT', 'relation', ' at ']) expect(text).not.toContain(leak);
    });

    it('still answer domain errors with their contract code', async () => {
      expect(await api.gql.code('mutation { removeCivilSocietyWork(id: "00000000-0000-4000-8000-000000000000") }')).toBe('UNAUTHENTICATED');
    });
  });

  describe('in development', () => {
    let api: TestApp;

    beforeAll(async () => {
      api = await startTestApp({ mode: 'development', env: { LOG_LEVEL: 'fatal' } });
      await breakDatabase(api);
    });

    afterAll(async () => {
      await api.close();
    });

    it('show the developer what went wrong', async () => {
      const result = await api.gql.request('{ civilSocietyWork { totalCount } }');
      expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(result.errors?.[0]?.extensions?.stacktrace).toEqual(expect.arrayContaining([expect.any(String)]));
    });
  });
});
