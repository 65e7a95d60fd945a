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
