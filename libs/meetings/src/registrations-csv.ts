import type { RegistrationModel } from '#prisma';

const ACTOR_TYPES: Record<string, string> = {
  GOVERNMENT_AGENCY: 'Myndighet',
  MUNICIPALITY: 'Kommun',
  REGION: 'Region',
  CIVIL_SOCIETY_ORGANISATION: 'Civilsamhällesorganisation',
  OTHER: 'Annan aktör',
};
const LEVELS: Record<string, string> = { NATIONAL: 'Nationell', REGIONAL: 'Regional', LOCAL: 'Lokal' };
const STATUSES: Record<string, string> = {
  REGISTERED: 'Anmäld',
  WAITLISTED: 'Reservlista',
  SELECTED: 'Utvald',
  NOT_SELECTED: 'Inte utvald',
  CANCELLED: 'Avbokad',
  ATTENDED: 'Deltog',
};

/**
 * One cell: quoted when it must be, and defused when a spreadsheet would
 * read it as a formula (a registrant controls the text).
 */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Registrations as CSV for Excel: UTF-8 with a byte-order mark (so å, ä, ö
 * show right), semicolons (the list separator of Swedish Excel), CRLF.
 */
export function registrationsCsv(registrations: RegistrationModel[], timeZone: string): string {
  const time = new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' });
  const header = ['Anmäld', 'Namn', 'E-post', 'Organisation', 'Aktörstyp', 'Nivå', 'Område', 'Intresse för referensgrupp', 'Status', 'Motivering'];
  const rows = registrations.map((registration) => [
    time.format(registration.createdAt),
    registration.participantName,
    registration.email,
    registration.organisation,
    ACTOR_TYPES[registration.actorType] ?? registration.actorType,
    LEVELS[registration.level] ?? registration.level,
    registration.area ?? '',
    registration.referenceGroupInterest ? 'Ja' : 'Nej',
    STATUSES[registration.status] ?? registration.status,
    registration.selectionReason ?? '',
  ]);
  return '\uFEFF' + [header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n';
}
