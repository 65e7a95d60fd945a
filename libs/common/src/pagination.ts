import { type Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';

import { BadUserInputError } from './errors.js';
import { isUuid } from './ids.js';

@ObjectType({ description: 'Where a page ends, for cursor pagination.' })
export class PageInfo {
  @Field({ description: 'True when another page follows.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;
}

export interface Connection<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: PageInfo;
}

/** Builds the GraphQL type `<Name>Connection` for a node type. */
export function ConnectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(name, { description: `A page of ${name.replace(/Connection$/, '')} items with the total count.` })
  class ConnectionClass implements Connection<T> {
    @Field(() => [node], { description: 'The items of this page.' })
    nodes!: T[];

    @Field(() => Int, { description: 'How many items match, across all pages.' })
    totalCount!: number;

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionClass;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** A keyset position: the sort key of the last row seen and its id as tie-breaker. */
export interface Cursor {
  key: string;
  id: string;
}

export interface PageRequest {
  take: number;
  after?: Cursor;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id]), 'utf8').toString('base64url');
}

/** What a list sorts by: text (slugs, titles) or an instant (creation, activity, start). */
export type CursorKey = 'text' | 'instant';

function decodeCursor(value: string, keyKind: CursorKey): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') {
      // A forged cursor must be bad input here, not a cast error in the database.
      const keyValid = keyKind === 'text' || !Number.isNaN(Date.parse(parsed[0]));
      if (keyValid && isUuid(parsed[1])) return { key: parsed[0], id: parsed[1] };
    }
  } catch {
    // Falls through to the error below: a cursor is opaque, so any damage is bad input.
  }
  throw BadUserInputError.field('after', 'Ogiltig markör (cursor).');
}

/** Checks `first` and `after` and turns them into a keyset page request. */
export function pageRequest(first: number | null | undefined, after: string | null | undefined, keyKind: CursorKey = 'text'): PageRequest {
  const take = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(take) || take < 1 || take > MAX_PAGE_SIZE) {
    throw BadUserInputError.field('first', `Måste vara mellan 1 och ${MAX_PAGE_SIZE}.`);
  }
  return { take, after: after ? decodeCursor(after, keyKind) : undefined };
}

/**
 * Makes a connection from rows fetched with `take + 1`: the extra row only
 * tells whether another page follows.
 */
export function toConnection<T extends { id: string }>(rows: T[], totalCount: number, page: PageRequest, sortKey: (row: T) => string): Connection<T> {
  const nodes = rows.slice(0, page.take);
  const last = nodes.at(-1);
  return {
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > page.take,
      endCursor: last ? encodeCursor({ key: sortKey(last), id: last.id }) : null,
    },
  };
}
