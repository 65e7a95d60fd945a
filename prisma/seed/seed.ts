import { randomBytes } from 'node:crypto';

import { PrismaPg } from '@prisma/adapter-pg';

import { PasswordHasher } from '#auth';
import { MembershipRole, PrismaClient, Role } from '#prisma';

import { fictionalContacts } from './contacts.js';
import { type AgencyFact, type NetworkFact, readFacts, type ResourceFact } from './facts.js';

export const DEMO_ACCOUNTS: { email: string; name: string; role: Role; agencySlug: string | null }[] = [
  { email: 'admin@natverket.example', name: 'Ada Andersson', role: Role.ADMIN, agencySlug: null },
  { email: 'samordnare@natverket.example', name: 'Sara Samuelsson', role: Role.COORDINATOR, agencySlug: 'mucf' },
  { email: 'liaison.migrationsverket@natverket.example', name: 'Leo Lindqvist', role: Role.LIAISON, agencySlug: 'migrationsverket' },
  { email: 'liaison.brottsoffermyndigheten@natverket.example', name: 'Bea Bergström', role: Role.LIAISON, agencySlug: 'brottsoffermyndigheten' },
  { email: 'medlem@natverket.example', name: 'Mats Magnusson', role: Role.MEMBER, agencySlug: 'skatteverket' },
];

const DIRECTORY_STEP = 'directory-2026-11';
const DEMO_STEP = 'demo-accounts-2026-11';
const MEETINGS_STEP = 'demo-meetings-2026-11';

/** The next 2 June at 10:00 in Stockholm (CEST, +02:00) that lies ahead of `now`. */
function nextSecondOfJune(now: Date): Date {
  for (let year = now.getUTCFullYear(); ; year += 1) {
    const candidate = new Date(`${year}-06-02T08:00:00.000Z`);
    if (candidate.getTime() - 21 * 86_400_000 > now.getTime()) return candidate;
  }
}
/** Serialises seeding between processes that start at once. */
const SEED_LOCK_KEY = 727073691;

const date = (value: string | null): Date | null => (value ? new Date(`${value}T00:00:00.000Z`) : null);

export interface SeedReport {
  directorySeeded: boolean;
  demoAccountsCreated: string[];
  /** Set when this run made the demo password up (no DEMO_PASSWORD). */
  generatedDemoPassword?: string;
}

/**
 * Seeds the network's facts and the demo accounts, each step once: a step
 * that has run is recorded in `seed_runs`, so a second start adds nothing
 * (and a liaison's later edits are never overwritten).
 */
export async function seedDatabase(databaseUrl: string, { demoPassword }: { demoPassword?: string } = {}): Promise<SeedReport> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 2 }) });
  const report: SeedReport = { directorySeeded: false, demoAccountsCreated: [] };
  try {
    await prisma.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
        if (!(await tx.seedRun.findUnique({ where: { name: DIRECTORY_STEP } }))) {
          const networks = readFacts<NetworkFact[]>('networks.json');
          const agencies = readFacts<AgencyFact[]>('agencies.json');
          const resources = readFacts<ResourceFact[]>('resources.json');
          const networkIds = new Map<string, string>();
          for (const network of networks) {
            const created = await tx.network.create({
              data: {
                slug: network.slug,
                name: network.name,
                description: network.description,
                descriptionEn: network.descriptionEn,
                sourceUrl: network.source,
              },
            });
            networkIds.set(network.slug, created.id);
          }
          for (const [index, agency] of agencies.entries()) {
            const created = await tx.agency.create({
              data: {
                slug: agency.slug,
                name: agency.name,
                nameEn: agency.nameEn,
                abbreviation: agency.abbreviation ?? null,
                website: agency.website,
                ministry: agency.ministry,
                description: agency.description,
                descriptionEn: agency.descriptionEn,
              },
            });
            await tx.networkMembership.createMany({
              data: agency.memberships.map((membership) => ({
                networkId: networkIds.get(membership.network)!,
                agencyId: created.id,
                role: membership.role === 'COORDINATOR' ? MembershipRole.COORDINATOR : MembershipRole.MEMBER,
                confirmed: membership.confirmed,
                since: date(membership.since),
                until: date(membership.until),
                sourceUrl: membership.source,
              })),
            });
            await tx.civilSocietyWork.createMany({
              data: agency.civilSocietyWork.map((work) => ({
                agencyId: created.id,
                kind: work.kind,
                title: work.title,
                titleEn: work.titleEn,
                summary: work.summary,
                description: work.description,
                descriptionEn: work.descriptionEn,
                targetGroups: work.targetGroups,
                supportOffered: work.supportOffered,
                howToApply: work.howToApply ?? null,
                url: work.url ?? null,
                sourceUrl: work.source,
              })),
            });
            await tx.contactPerson.createMany({
              data: fictionalContacts(
                agency.slug,
                index,
                agency.civilSocietyWork.map((work) => work.kind),
              ).map((contact) => ({ agencyId: created.id, ...contact })),
            });
          }
          await tx.resource.createMany({
            data: resources.map((resource) => ({
              title: resource.title,
              kind: resource.kind,
              year: resource.year,
              summary: resource.summarySv,
              summaryEn: resource.summaryEn,
              sourceUrl: resource.source,
            })),
          });
          await tx.seedRun.create({ data: { name: DIRECTORY_STEP } });
          report.directorySeeded = true;
        }
        if (!(await tx.seedRun.findUnique({ where: { name: DEMO_STEP } }))) {
          const password = demoPassword ?? randomBytes(12).toString('base64url');
          if (!demoPassword) report.generatedDemoPassword = password;
          const passwordHash = await new PasswordHasher().hash(password);
          for (const account of DEMO_ACCOUNTS) {
            if (await tx.user.findUnique({ where: { email: account.email } })) continue;
            const agency = account.agencySlug ? await tx.agency.findUnique({ where: { slug: account.agencySlug } }) : null;
            await tx.user.create({ data: { email: account.email, name: account.name, role: account.role, agencyId: agency?.id ?? null, passwordHash } });
            report.demoAccountsCreated.push(account.email);
          }
          await tx.seedRun.create({ data: { name: DEMO_STEP } });
        }
        if (!(await tx.seedRun.findUnique({ where: { name: MEETINGS_STEP } }))) {
          // The consultation of the seeds (004): digital, 2 June 10–12, register by 18 May, 25 seats chosen for breadth.
          const network = await tx.network.findUnique({ where: { slug: 'myndighetsnatverket' } });
          const coordinator = await tx.user.findUnique({ where: { email: 'samordnare@natverket.example' } });
          if (network) {
            const startsAt = nextSecondOfJune(new Date());
            await tx.meeting.create({
              data: {
                networkId: network.id,
                createdById: coordinator?.id ?? null,
                title: 'Samråd om samverkan mellan det civila samhället och det offentliga',
                description:
                  'Vi vill samla in kunskap och erfarenheter av olika modeller, former och metoder för samverkan mellan det civila samhället och det offentliga, och presentera MUCF:s uppdrag. ' +
                  'Vi vill gärna ha med aktörer från nationell, regional och lokal nivå. Efter samtalet finns möjlighet att anmäla intresse för en referensgrupp.',
                kind: 'CONSULTATION',
                format: 'DIGITAL',
                startsAt,
                endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
                registrationDeadline: new Date(startsAt.getTime() - 15 * 86_400_000 + 14 * 3_600_000),
                capacity: 25,
                selectionPolicy: 'BALANCED',
                status: 'PUBLISHED',
                agenda: {
                  create: [
                    { position: 1, title: 'MUCF:s uppdrag', presenter: 'MUCF', durationMinutes: 15 },
                    { position: 2, title: 'Vilka modeller och metoder för samverkan används, och hur väl fungerar de?', durationMinutes: 35 },
                    { position: 3, title: 'Möjligheter och utmaningar i olika former för samverkan', durationMinutes: 35 },
                    { position: 4, title: 'Hur bygger vi en god grund för samverkan?', durationMinutes: 25 },
                    { position: 5, title: 'Referensgruppen och fortsatt arbete', presenter: 'MUCF', durationMinutes: 10 },
                  ],
                },
              },
            });
          }
          await tx.seedRun.create({ data: { name: MEETINGS_STEP } });
        }
      },
      { timeout: 60_000, maxWait: 30_000 },
    );
  } finally {
    await prisma.$disconnect();
  }
  return report;
}
