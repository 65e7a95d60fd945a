import type { DevelopmentAreaStatus } from '../../gql/graphql';

/** The board's columns, in the order an area moves through them. */
export const STATUSES: readonly DevelopmentAreaStatus[] = ['IDENTIFIED', 'IN_PROGRESS', 'ADDRESSED', 'DROPPED'];

/**
 * The statuses an update may set from `current` (the API's rule): the same
 * open status again adds a note, an open one moves forward or is dropped,
 * and ADDRESSED and DROPPED are final.
 */
export function nextStatuses(current: DevelopmentAreaStatus): DevelopmentAreaStatus[] {
  switch (current) {
    case 'IDENTIFIED':
      return ['IDENTIFIED', 'IN_PROGRESS', 'DROPPED'];
    case 'IN_PROGRESS':
      return ['IN_PROGRESS', 'ADDRESSED', 'DROPPED'];
    default:
      return [];
  }
}
