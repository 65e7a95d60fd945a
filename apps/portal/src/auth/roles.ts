import type { Role } from '../gql/graphql';

/** Who may enter each signed-in area (DESIGN.md's permission table): every role reaches what the one below it does. */
export const MEMBER_ROLES: readonly Role[] = ['MEMBER', 'LIAISON', 'COORDINATOR', 'ADMIN'];
export const LIAISON_ROLES: readonly Role[] = ['LIAISON', 'COORDINATOR', 'ADMIN'];
export const COORDINATOR_ROLES: readonly Role[] = ['COORDINATOR', 'ADMIN'];
