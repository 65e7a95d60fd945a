import { ForbiddenError, UnauthenticatedError } from '#common';

import { Role, type SignedInViewer, type Viewer } from './viewer.js';

/**
 * DESIGN.md's table of who may do what, as data. `own` lists the roles that
 * may do it only for their own agency; `any` the roles that may do it for all.
 */
export const Permission = {
  readContactDetails: 'readContactDetails',
  editAgency: 'editAgency',
  inviteLiaisonOrMember: 'inviteLiaisonOrMember',
  inviteCoordinatorOrAdmin: 'inviteCoordinatorOrAdmin',
  readAuditLog: 'readAuditLog',
  manageUsers: 'manageUsers',
  manageNetworks: 'manageNetworks',
  manageMeetings: 'manageMeetings',
  readPublishedMinutes: 'readPublishedMinutes',
  joinNetworkMeetings: 'joinNetworkMeetings',
  readOutbox: 'readOutbox',
  readExchange: 'readExchange',
  takePartInExchange: 'takePartInExchange',
  moderateExchange: 'moderateExchange',
  readDevelopmentAreas: 'readDevelopmentAreas',
  logDevelopmentArea: 'logDevelopmentArea',
  changeDevelopmentAreaStatus: 'changeDevelopmentAreaStatus',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

const ALL_SIGNED_IN: Role[] = [Role.MEMBER, Role.LIAISON, Role.COORDINATOR, Role.ADMIN];
const STAFF: Role[] = [Role.COORDINATOR, Role.ADMIN];

export const PERMISSIONS: Record<Permission, { any: Role[]; own?: Role[] }> = {
  readContactDetails: { any: ALL_SIGNED_IN },
  editAgency: { any: STAFF, own: [Role.LIAISON] },
  inviteLiaisonOrMember: { any: STAFF },
  inviteCoordinatorOrAdmin: { any: [Role.ADMIN] },
  readAuditLog: { any: STAFF },
  manageUsers: { any: [Role.ADMIN] },
  manageNetworks: { any: [Role.ADMIN] },
  /** Schedule, publish, cancel; see registrations; select; minutes (drafts too). */
  manageMeetings: { any: STAFF },
  readPublishedMinutes: { any: ALL_SIGNED_IN },
  joinNetworkMeetings: { any: ALL_SIGNED_IN },
  readOutbox: { any: STAFF },
  /** Threads and replies. */
  readExchange: { any: ALL_SIGNED_IN },
  /** Start threads, reply, follow, mark one's own thread answered. */
  takePartInExchange: { any: ALL_SIGNED_IN },
  /** Hide a post with a reason. */
  moderateExchange: { any: STAFF },
  readDevelopmentAreas: { any: ALL_SIGNED_IN },
  logDevelopmentArea: { any: ALL_SIGNED_IN },
  /** Liaisons of one of the area's owner agencies (check each owner), coordinators and admins. */
  changeDevelopmentAreaStatus: { any: STAFF, own: [Role.LIAISON] },
};

/** True when the viewer may do `permission` (for `agencyId`, where it is scoped). */
export function can(viewer: Viewer, permission: Permission, agencyId?: string | null): boolean {
  if (!viewer) return false;
  const rule = PERMISSIONS[permission];
  if (rule.any.includes(viewer.role)) return true;
  return Boolean(rule.own?.includes(viewer.role) && agencyId && viewer.agencyId === agencyId);
}

/** Throws UNAUTHENTICATED for nobody and FORBIDDEN for a viewer without the permission. */
export function assertCan(viewer: Viewer, permission: Permission, agencyId?: string | null): asserts viewer is SignedInViewer {
  if (!viewer) throw new UnauthenticatedError();
  if (!can(viewer, permission, agencyId)) throw new ForbiddenError();
}

export function assertSignedIn(viewer: Viewer): asserts viewer is SignedInViewer {
  if (!viewer) throw new UnauthenticatedError();
}
