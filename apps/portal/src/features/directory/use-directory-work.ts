import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';

import type { DirectoryWorkQuery as DirectoryWorkResult, WorkFilter } from '../../gql/graphql';
import { DirectoryWorkQuery } from './operations';

export type DirectoryWork = DirectoryWorkResult['civilSocietyWork']['nodes'][number];

/** The API's largest page: the directory fits in one today, and the loop below keeps it whole as it grows. */
const API_PAGE_SIZE = 100;

/**
 * Every piece of work matching `filter`. The directory groups work by agency
 * and prints as one brochure, so it needs all of it, not one API page: the
 * following pages are fetched one after another and appended.
 */
export function useDirectoryWork(filter: WorkFilter) {
  const { data, loading, error, fetchMore } = useQuery(DirectoryWorkQuery, { variables: { filter, first: API_PAGE_SIZE } });
  const [fetchMoreError, setFetchMoreError] = useState<unknown>(null);
  const connection = data?.civilSocietyWork;
  const nextCursor = connection?.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;

  useEffect(() => {
    if (!nextCursor) return;
    fetchMore({
      variables: { after: nextCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        civilSocietyWork: { ...fetchMoreResult.civilSocietyWork, nodes: [...previous.civilSocietyWork.nodes, ...fetchMoreResult.civilSocietyWork.nodes] },
      }),
    }).catch(setFetchMoreError);
  }, [nextCursor, fetchMore]);

  return {
    works: connection?.nodes ?? [],
    loading: loading || (nextCursor !== null && !fetchMoreError),
    error: error ?? fetchMoreError,
  };
}
