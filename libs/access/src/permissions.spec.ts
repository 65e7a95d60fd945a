import { can, Permission } from './permissions.js';
import { Role, type SignedInViewer } from './viewer.js';

const viewer = (role: Role, agencyId: string | null = 'agency-a'): SignedInViewer => ({
  id: 'u',
  email: 'u@natverket.example',
  name: 'U',
  role,
  agencyId,
  sessionId: 's',
});

describe('the permission table', () => {
  it('lets liaisons edit only their own agency, coordinators and admins any', () => {
    expect(can(viewer(Role.LIAISON), Permission.editAgency, 'agency-a')).toBe(true);
    expect(can(viewer(Role.LIAISON), Permission.editAgency, 'agency-b')).toBe(false);
    expect(can(viewer(Role.LIAISON, null), Permission.editAgency, null)).toBe(false);
    expect(can(viewer(Role.MEMBER), Permission.editAgency, 'agency-a')).toBe(false);
    expect(can(viewer(Role.COORDINATOR), Permission.editAgency, 'agency-b')).toBe(true);
    expect(can(viewer(Role.ADMIN), Permission.editAgency, 'agency-b')).toBe(true);
    expect(can(null, Permission.editAgency, 'agency-a')).toBe(false);
  });

  it('keeps elevated invitations and user management for admins', () => {
    expect(can(viewer(Role.COORDINATOR), Permission.inviteLiaisonOrMember)).toBe(true);
    expect(can(viewer(Role.COORDINATOR), Permission.inviteCoordinatorOrAdmin)).toBe(false);
    expect(can(viewer(Role.ADMIN), Permission.inviteCoordinatorOrAdmin)).toBe(true);
    expect(can(viewer(Role.COORDINATOR), Permission.manageUsers)).toBe(false);
  });

  it('shows contact details to every signed-in role and nobody else', () => {
    for (const role of Object.values(Role)) expect(can(viewer(role), Permission.readContactDetails)).toBe(true);
    expect(can(null, Permission.readContactDetails)).toBe(false);
  });
});
