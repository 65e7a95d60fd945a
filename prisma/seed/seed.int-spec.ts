import pg from 'pg';

import { createTestDatabase, type TestDatabase } from '#testing';

import { DEMO_ACCOUNTS, seedDatabase } from './seed.js';

const COUNTS = `
  SELECT (SELECT count(*) FROM networks)::int AS networks,
         (SELECT count(*) FROM agencies)::int AS agencies,
         (SELECT count(*) FROM civil_society_work)::int AS work,
         (SELECT count(*) FROM contact_people)::int AS contacts,
         (SELECT count(*) FROM resources)::int AS resources,
         (SELECT count(*) FROM users)::int AS users,
         (SELECT count(*) FROM meetings)::int AS meetings,
         (SELECT count(*) FROM network_memberships m JOIN networks n ON n.id = m.network_id
            WHERE n.slug = 'myndighetsnatverket' AND (m.until IS NULL OR m.until > now()))::int AS active_members`;

describe('seedDatabase', () => {
  let database: TestDatabase;
  let client: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase('migrated');
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });

  afterAll(async () => {
    await client.end();
    await database.drop();
  });

  it('seeds the network facts, fictional contacts and demo accounts once, however often it runs', async () => {
    const first = await seedDatabase(database.url, { demoPassword: 'ett-långt-demolösenord' });
    expect(first.directorySeeded).toBe(true);
    expect(first.demoAccountsCreated).toEqual(DEMO_ACCOUNTS.map((account) => account.email));
    expect(first.generatedDemoPassword).toBeUndefined();
    const counts = (await client.query(COUNTS)).rows[0];
    expect(counts).toEqual({
      networks: 3,
      agencies: 27,
      work: 69,
      contacts: expect.any(Number),
      resources: expect.any(Number),
      users: 5,
      meetings: 1,
      active_members: 26,
    });
    expect(counts.contacts).toBeGreaterThanOrEqual(27);
    expect(counts.contacts).toBeLessThanOrEqual(81);

    // Two more starts, one of them concurrent with a third: nothing is added.
    const again = await Promise.all([seedDatabase(database.url), seedDatabase(database.url)]);
    for (const report of again) expect(report).toEqual({ directorySeeded: false, demoAccountsCreated: [] });
    expect((await client.query(COUNTS)).rows[0]).toEqual(counts);
  });

  it('gives every agency 1–3 clearly fictional contact people', async () => {
    const { rows } = await client.query<{ slug: string; contacts: number; emails: string[] }>(`
      SELECT a.slug, count(c.id)::int AS contacts, array_agg(c.email) AS emails
      FROM agencies a LEFT JOIN contact_people c ON c.agency_id = a.id GROUP BY a.slug`);
    expect(rows).toHaveLength(27);
    for (const row of rows) {
      expect(row.contacts).toBeGreaterThanOrEqual(1);
      expect(row.contacts).toBeLessThanOrEqual(3);
      for (const email of row.emails) expect(email).toMatch(/@[a-z0-9-]+\.natverket\.example$/);
    }
  });

  it('ends SST’s membership at the merger into MUCF and keeps the five unconfirmed ones marked', async () => {
    const { rows } = await client.query<{ slug: string; until: Date | null; confirmed: boolean }>(`
      SELECT a.slug, m.until, m.confirmed FROM network_memberships m JOIN agencies a ON a.id = m.agency_id`);
    expect(
      rows
        .find((row) => row.slug === 'sst')
        ?.until?.toISOString()
        .slice(0, 10),
    ).toBe('2026-01-01');
    expect(rows.filter((row) => !row.confirmed)).toHaveLength(5);
  });

  it('links the demo accounts to their agencies with their roles', async () => {
    const { rows } = await client.query<{ email: string; role: string; slug: string | null }>(`
      SELECT u.email, u.role::text AS role, a.slug FROM users u LEFT JOIN agencies a ON a.id = u.agency_id ORDER BY u.email`);
    expect(rows).toEqual(
      [...DEMO_ACCOUNTS]
        .sort((a, b) => a.email.localeCompare(b.email))
        .map((account) => ({ email: account.email, role: account.role, slug: account.agencySlug })),
    );
  });

  it('publishes the consultation of the seeds, ahead: digital, 25 seats chosen for breadth, register two weeks before', async () => {
    const { rows } = await client.query<{
      title: string;
      kind: string;
      format: string;
      capacity: number;
      policy: string;
      status: string;
      starts_at: Date;
      deadline: Date;
    }>(
      `SELECT title, kind::text, format::text, capacity, selection_policy::text AS policy, status::text, starts_at, registration_deadline AS deadline FROM meetings`,
    );
    expect(rows).toHaveLength(1);
    const [consultation] = rows;
    expect(consultation).toMatchObject({ kind: 'CONSULTATION', format: 'DIGITAL', capacity: 25, policy: 'BALANCED', status: 'PUBLISHED' });
    expect(consultation!.starts_at.getTime()).toBeGreaterThan(Date.now());
    expect(consultation!.starts_at.toISOString()).toMatch(/-06-02T08:00:00.000Z$/);
    expect(consultation!.deadline.getTime()).toBeLessThan(consultation!.starts_at.getTime());
  });
});
