import { Injectable } from '@nestjs/common';

import { assertCan, assertSignedIn, can, Permission, type Viewer } from '#access';
import { AuditService } from '#audit';
import { ConflictError, type Connection, isUuid, NotFoundError, pageRequest, toConnection } from '#common';
import { type AgencyModel, type CivilSocietyWorkModel, type ContactPersonModel, type NetworkModel, PrismaService } from '#prisma';

import { type AgencyItemStore, type AgencyProfileChange, type ContactFields, DirectoryRepository, type WorkFields } from './directory.repository.js';
import type { AgencyFilterInput, AgencyProfileInput, ContactInput, WorkFilterInput, WorkInput } from './dto/directory.inputs.js';

interface OwnedItem {
  id: string;
  agencyId: string;
  version: number;
}

/** How the service speaks of one kind of agency-owned item: its store, its audit names, its Swedish label. */
interface ItemKind<T, F> {
  store: AgencyItemStore<T, F>;
  /** What of an item the audit log keeps (contact people's e-mail and phone stay out, so removing one erases them). */
  audited(item: T): unknown;
  entityType: string;
  action: string;
  label: string;
}

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
    return this.addItem(viewer, this.workKind, agencySlug, workFields(input));
  }

  updateWork(viewer: Viewer, id: string, input: WorkInput, expectedVersion?: number | null): Promise<CivilSocietyWorkModel> {
    return this.updateItem(viewer, this.workKind, id, workFields(input), expectedVersion);
  }

  removeWork(viewer: Viewer, id: string): Promise<boolean> {
    return this.removeItem(viewer, this.workKind, id);
  }

  addContact(viewer: Viewer, agencySlug: string, input: ContactInput): Promise<ContactPersonModel> {
    return this.addItem(viewer, this.contactKind, agencySlug, contactFields(input));
  }

  updateContact(viewer: Viewer, id: string, input: ContactInput, expectedVersion?: number | null): Promise<ContactPersonModel> {
    return this.updateItem(viewer, this.contactKind, id, contactFields(input), expectedVersion);
  }

  removeContact(viewer: Viewer, id: string): Promise<boolean> {
    return this.removeItem(viewer, this.contactKind, id);
  }

  private readonly workKind: ItemKind<CivilSocietyWorkModel, WorkFields> = {
    store: this.directory.work,
    audited: (work) => work,
    entityType: 'CivilSocietyWork',
    action: 'work',
    label: 'Verksamheten',
  };
  private readonly contactKind: ItemKind<ContactPersonModel, ContactFields> = {
    store: this.directory.contacts,
    // Personal data is kept where it can be erased: on the contact itself, not in the log.
    audited: ({ email: _email, phone: _phone, ...rest }) => ({ ...rest, hasEmail: _email !== null, hasPhone: _phone !== null }),
    entityType: 'ContactPerson',
    action: 'contact',
    label: 'Kontaktpersonen',
  };

  /** The rules every agency-owned item shares: signed in, allowed for that agency, audited, one transaction. */
  private addItem<T extends OwnedItem, F>(viewer: Viewer, kind: ItemKind<T, F>, agencySlug: string, fields: F): Promise<T> {
    assertSignedIn(viewer);
    return this.prisma.transaction(async () => {
      const agency = await this.requireAgency(agencySlug);
      assertCan(viewer, Permission.editAgency, agency.id);
      const item = await kind.store.create(agency.id, fields);
      await this.audit.record(viewer, { action: `${kind.action}.created`, entityType: kind.entityType, entityId: item.id, after: kind.audited(item) });
      return item;
    });
  }

  private updateItem<T extends OwnedItem, F>(viewer: Viewer, kind: ItemKind<T, F>, id: string, fields: F, expectedVersion?: number | null): Promise<T> {
    assertSignedIn(viewer);
    return this.prisma.transaction(async () => {
      const item = await this.requireItem(kind, id);
      assertCan(viewer, Permission.editAgency, item.agencyId);
      const updated = await kind.store.update(id, fields, expectedVersion ?? undefined);
      if (!updated) throw staleVersion(kind.label, item);
      await this.audit.record(viewer, {
        action: `${kind.action}.updated`,
        entityType: kind.entityType,
        entityId: id,
        before: kind.audited(item),
        after: kind.audited(updated),
      });
      return updated;
    });
  }

  private removeItem<T extends OwnedItem, F>(viewer: Viewer, kind: ItemKind<T, F>, id: string): Promise<boolean> {
    assertSignedIn(viewer);
    return this.prisma.transaction(async () => {
      const item = await this.requireItem(kind, id);
      assertCan(viewer, Permission.editAgency, item.agencyId);
      if (!(await kind.store.remove(id))) throw new NotFoundError(kind.label);
      await this.audit.record(viewer, { action: `${kind.action}.removed`, entityType: kind.entityType, entityId: id, before: kind.audited(item) });
      return true;
    });
  }

  private async requireAgency(slug: string): Promise<AgencyModel> {
    const agency = await this.directory.findAgencyBySlug(slug);
    if (!agency) throw new NotFoundError(`Myndigheten "${slug}"`);
    return agency;
  }

  private async requireItem<T, F>(kind: ItemKind<T, F>, id: string): Promise<T> {
    const item = isUuid(id) ? await kind.store.find(id) : null;
    if (!item) throw new NotFoundError(kind.label);
    return item;
  }
}
