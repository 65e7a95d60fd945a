import { Injectable } from '@nestjs/common';

import { assertCan, assertSignedIn, can, Permission, type Viewer } from '#access';
import { AuditService } from '#audit';
import { type Connection, ConflictError, isUuid, NotFoundError, pageRequest, toConnection } from '#common';
import { type AgencyModel, type CivilSocietyWorkModel, type ContactPersonModel, type NetworkModel, PrismaService } from '#prisma';

import { type AgencyProfileChange, type ContactFields, DirectoryRepository, type WorkFields } from './directory.repository.js';
import type { AgencyFilterInput, AgencyProfileInput, ContactInput, WorkFilterInput, WorkInput } from './dto/directory.inputs.js';

const PROFILE_FIELDS = ['description', 'descriptionEn', 'nameEn', 'abbreviation', 'website', 'ministry'] as const;

function staleVersion(what: string, current: { version: number }): ConflictError {
  // The current state goes with the error so that the editor can show what changed and merge.
  return new ConflictError(`${what} har ändrats av någon annan sedan du började redigera. / Changed by someone else since you started editing.`, {
    currentVersion: current.version,
    current,
  });
}

function workFields(input: WorkInput): WorkFields {
  return {
    kind: input.kind,
    title: input.title,
    titleEn: input.titleEn ?? null,
    summary: input.summary,
    description: input.description,
    descriptionEn: input.descriptionEn ?? null,
    targetGroups: input.targetGroups ?? [],
    supportOffered: [...new Set(input.supportOffered ?? [])],
    howToApply: input.howToApply ?? null,
    url: input.url ?? null,
  };
}

function contactFields(input: ContactInput): ContactFields {
  return {
    name: input.name,
    title: input.title ?? null,
    email: input.email ? input.email.toLowerCase() : null,
    phone: input.phone ?? null,
    responsibilities: input.responsibilities ?? [],
  };
}

/** The "who does what" directory: reading it, and liaisons keeping their agency's part current. */
@Injectable()
export class DirectoryService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly directory: DirectoryRepository,
    private readonly audit: AuditService,
  ) {}

  networks(): Promise<NetworkModel[]> {
    return this.directory.listNetworks();
  }

  agency(slug: string): Promise<AgencyModel | null> {
    return this.directory.findAgencyBySlug(slug);
  }

  async agencies(filter: AgencyFilterInput | null | undefined, first?: number | null, after?: string | null): Promise<Connection<AgencyModel>> {
    const page = pageRequest(first, after);
    const { rows, total } = await this.directory.pageAgencies({ networkSlug: filter?.networkSlug ?? undefined, text: filter?.query ?? undefined }, page);
    return toConnection(rows, total, page, (agency) => agency.slug);
  }

  async civilSocietyWork(filter: WorkFilterInput | null | undefined, first?: number | null, after?: string | null): Promise<Connection<CivilSocietyWorkModel>> {
    const page = pageRequest(first, after);
    const { rows, total } = await this.directory.pageWork(
      {
        kinds: filter?.kind ?? undefined,
        agencySlug: filter?.agencySlug ?? undefined,
        targetGroup: filter?.targetGroup ?? undefined,
        supportOffered: filter?.supportOffered ?? undefined,
      },
      page,
    );
    return toConnection(rows, total, page, (work) => work.title);
  }

  targetGroups(): Promise<string[]> {
    return this.directory.targetGroups();
  }

  /** E-mail and phone are for signed-in members only. */
  contactDetail(viewer: Viewer, contact: Pick<ContactPersonModel, 'email' | 'phone'>, field: 'email' | 'phone'): string | null {
    return can(viewer, Permission.readContactDetails) ? contact[field] : null;
  }

  updateAgencyProfile(viewer: Viewer, slug: string, expectedVersion: number, input: AgencyProfileInput): Promise<AgencyModel> {
    // Anonymous callers learn nothing about what exists, and cost no queries.
    assertSignedIn(viewer);
    return this.prisma.transaction(async () => {
      const agency = await this.requireAgency(slug);
      assertCan(viewer, Permission.editAgency, agency.id);
      const change: AgencyProfileChange = {};
      for (const field of PROFILE_FIELDS) {
        if (input[field] !== undefined) (change as Record<string, unknown>)[field] = input[field];
      }
      const updated = await this.directory.updateAgencyIfVersion(agency.id, expectedVersion, change);
      if (!updated) throw staleVersion('Myndighetens profil', agency);
      await this.audit.record(viewer, { action: 'agency.updated', entityType: 'Agency', entityId: agency.id, before: agency, after: updated });
      return updated;
    });
  }

  addWork(viewer: Viewer, agencySlug: string, input: WorkInput): Promise<CivilSocietyWorkModel> {
    assertSignedIn(viewer);
    return this.prisma.transaction(async () => {
      const agency = await this.requireAgency(agencySlug);
      assertCan(viewer, Permission.editAgency, agency.id);
      const work = await this.directory.createWork(agency.id, workFields(input));
      await this.audit.record(viewer, { action: 'work.created', entityType: 'CivilSocietyWork', entityId: work.id, after: work });
      return work;
    });
  }

  updateWork(viewer: Viewer, id: string, input: WorkInput, expectedVersion?: number | null): Promise<CivilSocietyWorkModel> {
    assertSignedIn(viewer);
    return this.prisma.transaction(async () => {
      const work = await this.requireWork(id);
      assertCan(viewer, Permission.editAgency, work.agencyId);
      const updated = await this.directory.updateWork(id, workFields(input), expectedVersion ?? undefined);
      if (!updated) throw staleVersion('Verksamheten', work);
      await this.audit.record(viewer, { action: 'work.updated', entityType: 'CivilSocietyWork', entityId: id, before: work, after: updated });
      return updated;
    });
  }

  removeWork(viewer: Viewer, id: string): Promise<boolean> {
    assertSignedIn(viewer);
    return this.prisma.transaction(async () => {
      const work = await this.requireWork(id);
      assertCan(viewer, Permission.editAgency, work.agencyId);
      if (!(await this.directory.deleteWork(id))) throw new NotFoundError('Verksamheten');
      await this.audit.record(viewer, { action: 'work.removed', entityType: 'CivilSocietyWork', entityId: id, before: work });
      return true;
    });
  }

  addContact(viewer: Viewer, agencySlug: string, input: ContactInput): Promise<ContactPersonModel> {
    assertSignedIn(viewer);
    return this.prisma.transaction(async () => {
      const agency = await this.requireAgency(agencySlug);
      assertCan(viewer, Permission.editAgency, agency.id);
      const contact = await this.directory.createContact(agency.id, contactFields(input));
      await this.audit.record(viewer, { action: 'contact.created', entityType: 'ContactPerson', entityId: contact.id, after: contact });
      return contact;
    });
  }

  updateContact(viewer: Viewer, id: string, input: ContactInput, expectedVersion?: number | null): Promise<ContactPersonModel> {
    assertSignedIn(viewer);
    return this.prisma.transaction(async () => {
      const contact = await this.requireContact(id);
      assertCan(viewer, Permission.editAgency, contact.agencyId);
      const updated = await this.directory.updateContact(id, contactFields(input), expectedVersion ?? undefined);
      if (!updated) throw staleVersion('Kontaktpersonen', contact);
      await this.audit.record(viewer, { action: 'contact.updated', entityType: 'ContactPerson', entityId: id, before: contact, after: updated });
      return updated;
    });
  }

  removeContact(viewer: Viewer, id: string): Promise<boolean> {
    assertSignedIn(viewer);
    return this.prisma.transaction(async () => {
      const contact = await this.requireContact(id);
      assertCan(viewer, Permission.editAgency, contact.agencyId);
      if (!(await this.directory.deleteContact(id))) throw new NotFoundError('Kontaktpersonen');
      await this.audit.record(viewer, { action: 'contact.removed', entityType: 'ContactPerson', entityId: id, before: contact });
      return true;
    });
  }

  private async requireAgency(slug: string): Promise<AgencyModel> {
    const agency = await this.directory.findAgencyBySlug(slug);
    if (!agency) throw new NotFoundError(`Myndigheten "${slug}"`);
    return agency;
  }

  private async requireWork(id: string): Promise<CivilSocietyWorkModel> {
    const work = isUuid(id) ? await this.directory.findWork(id) : null;
    if (!work) throw new NotFoundError('Verksamheten');
    return work;
  }

  private async requireContact(id: string): Promise<ContactPersonModel> {
    const contact = isUuid(id) ? await this.directory.findContact(id) : null;
    if (!contact) throw new NotFoundError('Kontaktpersonen');
    return contact;
  }
}
