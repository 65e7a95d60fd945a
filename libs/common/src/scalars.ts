import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDate(value: unknown): Date {
  if (typeof value !== 'string' || !DATE.test(value)) throw new TypeError('Ett datum skrivs ÅÅÅÅ-MM-DD. / A date is YYYY-MM-DD.');
  const date = new Date(`${value}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) throw new TypeError(`Datumet ${value} finns inte. / No such date.`);
  return date;
}

/** A calendar day, `YYYY-MM-DD`, held as midnight UTC (as PostgreSQL's DATE comes back). */
export const DateScalar = new GraphQLScalarType<Date, string>({
  name: 'Date',
  description: 'A calendar day, YYYY-MM-DD.',
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parseDate(value).toISOString().slice(0, 10);
  },
  parseValue: parseDate,
  parseLiteral(node: ValueNode) {
    if (node.kind !== Kind.STRING) throw new TypeError('Ett datum skrivs ÅÅÅÅ-MM-DD. / A date is YYYY-MM-DD.');
    return parseDate(node.value);
  },
});

// RFC 3339 with a required offset (Z or ±hh:mm): a time without one would be read in the server's zone.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !DATE_TIME.test(value)) {
    throw new TypeError('En tidpunkt skrivs ÅÅÅÅ-MM-DDTtt:mm:ss med tidszon, t.ex. 2026-06-02T10:00:00+02:00. / A date-time needs an offset.');
  }
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const calendarDay = new Date(Date.UTC(year, month - 1, day));
  const date = new Date(value);
  // JavaScript would roll 30 February over into March; that day does not exist.
  if (Number.isNaN(date.getTime()) || calendarDay.getUTCDate() !== day || calendarDay.getUTCMonth() !== month - 1) {
    throw new TypeError(`Tidpunkten ${value} finns inte. / No such date-time.`);
  }
  return date;
}

/**
 * An instant, ISO 8601 with offset as the contract says. Stricter than Nest's
 * own: a string without an offset, a number or nonsense is bad input naming
 * the field, not an internal error or a time in the server's zone.
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, ISO 8601 with offset, e.g. 2026-06-02T10:00:00+02:00 (answers are in UTC, Z).',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(value as string);
    if (Number.isNaN(date.getTime())) throw new TypeError('Not a date-time');
    return date.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral(node: ValueNode) {
    if (node.kind !== Kind.STRING) throw new TypeError('En tidpunkt skrivs som text. / A date-time is a string.');
    return parseDateTime(node.value);
  },
});
