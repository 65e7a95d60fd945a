import { Role, type SignedInViewer } from '#access';

import { DevelopmentAreasService } from './development-areas.service.js';

const viewer = (role: Role, agencyId: string | null, id = 'user'): SignedInViewer => ({
  id,
  email: `${id}@natverket.example`,
  name: id,
  role,
  agencyId,
  sessionId: 'session',
});

describe(DevelopmentAreasService.name, () => {
  // The access rules need none of the service's collaborators.
  const service = new DevelopmentAreasService(null!, null!, null!, null!);
  const owners = ['agency-a', 'agency-b'];

  it('lets coordinators and admins change any area’s status, liaisons only where one owner is their agency', () => {
    expect(service.mayChangeStatus(viewer(Role.COORDINATOR, 'mucf'), owners)).toBe(true);
    expect(service.mayChangeStatus(viewer(Role.ADMIN, null), [])).toBe(true);
    expect(service.mayChangeStatus(viewer(Role.LIAISON, 'agency-b'), owners)).toBe(true);
    expect(service.mayChangeStatus(viewer(Role.LIAISON, 'agency-c'), owners)).toBe(false);
    expect(service.mayChangeStatus(viewer(Role.LIAISON, null), owners)).toBe(false);
    expect(service.mayChangeStatus(viewer(Role.LIAISON, 'agency-a'), [])).toBe(false);
    expect(service.mayChangeStatus(viewer(Role.MEMBER, 'agency-a'), owners)).toBe(false);
    expect(service.mayChangeStatus(null, owners)).toBe(false);
  });

  it('also lets the one who logged an area link it', () => {
    const area = { createdById: 'creator' };
    expect(service.mayLink(viewer(Role.MEMBER, 'agency-c', 'creator'), area, owners)).toBe(true);
    expect(service.mayLink(viewer(Role.MEMBER, 'agency-c', 'someone-else'), area, owners)).toBe(false);
    expect(service.mayLink(viewer(Role.LIAISON, 'agency-a', 'someone-else'), area, owners)).toBe(true);
    expect(service.mayLink(null, area, owners)).toBe(false);
  });

  it('lets every signed-in role read areas, and nobody else', () => {
    for (const role of Object.values(Role)) expect(service.mayRead(viewer(role, null))).toBe(true);
    expect(service.mayRead(null)).toBe(false);
  });
});
