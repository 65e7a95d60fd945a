import { BadUserInputError } from './errors.js';
import { encodeCursor, MAX_PAGE_SIZE, pageRequest, toConnection } from './pagination.js';

describe('pageRequest', () => {
  it('defaults to 20 and accepts 1 to 100', () => {
    expect(pageRequest(undefined, undefined)).toEqual({ take: 20, after: undefined });
    expect(pageRequest(1, null).take).toBe(1);
    expect(pageRequest(MAX_PAGE_SIZE, null).take).toBe(100);
  });

  it.each([0, -1, 101, 2.5])('refuses first = %s naming the field', (first) => {
    expect(() => pageRequest(first, null)).toThrow(BadUserInputError);
    try {
      pageRequest(first, null);
    } catch (error) {
      expect((error as BadUserInputError).fields).toEqual({ first: expect.any(String) });
    }
  });

  it('reads back the cursors it writes and refuses damaged ones', () => {
    const cursor = encodeCursor({ key: 'migrationsverket', id: 'b6764e87-0000-4000-8000-000000000000' });
    expect(pageRequest(5, cursor).after).toEqual({ key: 'migrationsverket', id: 'b6764e87-0000-4000-8000-000000000000' });
    for (const damaged of [
      'x',
      Buffer.from('{"a":1}').toString('base64url'),
      Buffer.from('[1,2]').toString('base64url'),
      encodeCursor({ key: 'a', id: 'not-a-uuid' }),
    ]) {
      expect(() => pageRequest(5, damaged)).toThrow(BadUserInputError);
    }
    const dated = encodeCursor({ key: 'not-a-date', id: 'b6764e87-0000-4000-8000-000000000000' });
    expect(pageRequest(5, dated, 'text').after?.key).toBe('not-a-date');
    expect(() => pageRequest(5, dated, 'instant')).toThrow(BadUserInputError);
  });
});

describe('toConnection', () => {
  const rows = [1, 2, 3].map((n) => ({ id: `00000000-0000-4000-8000-00000000000${n}`, slug: `s${n}` }));

  it('uses the extra row only to tell that more follow', () => {
    const page = toConnection(rows, 10, { take: 2 }, (row) => row.slug);
    expect(page.nodes.map((row) => row.id)).toEqual([rows[0]!.id, rows[1]!.id]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(pageRequest(2, page.pageInfo.endCursor).after).toEqual({ key: 's2', id: rows[1]!.id });
    expect(page.totalCount).toBe(10);
  });

  it('ends with no cursor on an empty page', () => {
    expect(toConnection([], 0, { take: 2 }, () => '')).toEqual({ nodes: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } });
  });
});
