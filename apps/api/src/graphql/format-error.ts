import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException, Logger } from '@nestjs/common';
import { type ASTNode, GraphQLError, type GraphQLFormattedError, Kind, parse, visit } from 'graphql';

import { DomainError, ErrorCode } from '#common';

const logger = new Logger('GraphQL');

/** What graphql-js and Apollo call a malformed operation; the contract calls all of them BAD_USER_INPUT. */
const REQUEST_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE']);

const HTTP_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  429: ErrorCode.RATE_LIMITED,
};

interface PrismaLikeError {
  name: string;
  code?: string;
}

function prismaCode(error: unknown): string | undefined {
  const candidate = error as PrismaLikeError | null;
  return candidate?.name === 'PrismaClientKnownRequestError' ? candidate.code : undefined;
}

/** `Variable "$input" got invalid value "X" at "input.kind"; …` → `input.kind`. */
function fieldInMessage(message: string): string | undefined {
  return /at "([^"]+)"/.exec(message)?.[1] ?? /Variable "\$([^"]+)"/.exec(message)?.[1] ?? /[Aa]rgument "(?:[^"(]*\()?([^")]+)\)?"/.exec(message)?.[1];
}

/**
 * For a bad literal in the operation itself (`kind: [NOT_A_KIND]`), the path
 * of arguments and input fields around it (`filter.kind`), found from where
 * graphql-js points in the source.
 */
function fieldInOperation(error: GraphQLError): string | undefined {
  const offset = error.nodes?.[0]?.loc?.start;
  if (offset === undefined || !error.source) return undefined;
  let found: string | undefined;
  visit(parse(error.source), {
    enter(node: ASTNode, _key, _parent, _path, ancestors) {
      if ((node.kind !== Kind.ARGUMENT && node.kind !== Kind.OBJECT_FIELD) || !node.loc || offset < node.loc.start || offset >= node.loc.end) return;
      const names = [...ancestors, node]
        .filter((item): item is ASTNode => !Array.isArray(item) && ((item as ASTNode).kind === Kind.ARGUMENT || (item as ASTNode).kind === Kind.OBJECT_FIELD))
        .map((item) => (item as { name: { value: string } }).name.value);
      found = names.join('.');
    },
  });
  return found;
}

function fieldOf(formatted: GraphQLFormattedError, error: unknown): string | undefined {
  return fieldInMessage(formatted.message) ?? (error instanceof GraphQLError ? fieldInOperation(error) : undefined);
}

/**
 * The one place where errors become what a client sees: domain errors keep
 * their contract code; Prisma's unique and not-found errors become CONFLICT
 * and NOT_FOUND; malformed operations become BAD_USER_INPUT naming the field;
 * anything else is logged here and answered as a generic internal error,
 * with no stack trace, SQL or Prisma text outside development mode.
 */
export function createErrorFormatter(exposeDetails: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const where = { locations: formatted.locations, path: formatted.path };

    if (original instanceof DomainError) {
      return { message: original.message, ...where, extensions: { code: original.code, ...original.extensions } };
    }
    if (prismaCode(original) === 'P2002') {
      return { message: 'Värdet är redan upptaget. / The value is already taken.', ...where, extensions: { code: ErrorCode.CONFLICT } };
    }
    if (prismaCode(original) === 'P2025') {
      return { message: 'Finns inte. / Not found.', ...where, extensions: { code: ErrorCode.NOT_FOUND } };
    }
    if (original instanceof HttpException && HTTP_CODES[original.getStatus()]) {
      return { message: original.message, ...where, extensions: { code: HTTP_CODES[original.getStatus()] } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && REQUEST_ERRORS.has(code)) {
      const field = fieldOf(formatted, error);
      return { message: formatted.message, ...where, extensions: { code: ErrorCode.BAD_USER_INPUT, fields: field ? { [field]: formatted.message } : {} } };
    }
    logger.error(original instanceof Error ? (original.stack ?? original.message) : formatted.message);
    if (exposeDetails) {
      return {
        message: formatted.message,
        ...where,
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: original instanceof Error ? original.stack?.split('\n') : undefined },
      };
    }
    return { message: 'Något gick fel hos oss. Försök igen senare. / Internal error.', ...where, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
