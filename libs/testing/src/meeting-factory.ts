import type { GraphQLClient } from './graphql-client.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const SCHEDULE_MEETING = `mutation Schedule($input: MeetingInput!) { scheduleMeeting(input: $input) { id status version } }`;
export const PUBLISH_MEETING = `mutation Publish($id: ID!) { publishMeeting(id: $id) { id status } }`;
export const REGISTER = `mutation Register($meetingId: ID!, $input: RegistrationInput!) {
  registerForMeeting(meetingId: $meetingId, input: $input) { id status email createdAt } }`;

/** A whole hour some days ahead, in UTC: far from the hour Stockholm's clocks pass twice, so feeds name the zone. */
export function daysAhead(days: number, utcHour = 8): Date {
  const instant = new Date(Date.now() + days * DAY);
  instant.setUTCHours(utcHour, 0, 0, 0);
  return instant;
}

/** A consultation ten days ahead, as in the seeds: digital, register by the day before. Override what a test is about. */
export function meetingInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const startsAt = daysAhead(10);
  return {
    networkSlug: 'myndighetsnatverket',
    title: 'Samråd om samverkan mellan det civila samhället och det offentliga',
    description: 'Vi vill samla in kunskap och erfarenheter av olika modeller för samverkan.',
    kind: 'CONSULTATION',
    format: 'DIGITAL',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
    registrationDeadline: new Date(startsAt.getTime() - DAY).toISOString(),
    onlineUrl: 'https://mote.natverket.example/samrad',
    capacity: 25,
    selectionPolicy: 'FIRST_COME',
    agenda: [{ title: 'Välkommen och MUCF:s uppdrag', presenter: 'MUCF', durationMinutes: 15 }],
    ...overrides,
  };
}

let registrant = 0;

/** A registration from a made-up person with a unique address. */
export function registrationInput(overrides: Record<string, unknown> = {}): Record<string, unknown> & { email: string } {
  registrant += 1;
  return {
    participantName: `Deltagare ${registrant}`,
    email: `deltagare.${registrant}.${Date.now().toString(36)}@forening.example`,
    organisation: 'Föreningen Exempel',
    actorType: 'CIVIL_SOCIETY_ORGANISATION',
    level: 'LOCAL',
    area: 'integration',
    referenceGroupInterest: false,
    ...overrides,
  };
}

/** Schedules (and by default publishes) a meeting as the given coordinator; returns its id. */
export async function createMeeting(coordinator: GraphQLClient, overrides: Record<string, unknown> = {}, { publish = true } = {}): Promise<string> {
  const { scheduleMeeting } = await coordinator.data<{ scheduleMeeting: { id: string } }>(SCHEDULE_MEETING, { input: meetingInput(overrides) });
  if (publish) await coordinator.data(PUBLISH_MEETING, { id: scheduleMeeting.id });
  return scheduleMeeting.id;
}
