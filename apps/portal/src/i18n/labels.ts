import type {
  ActorLevel,
  ActorType,
  DevelopmentAreaStatus,
  MeetingFormat,
  MeetingKind,
  MeetingStatus,
  OutboxStatus,
  RegistrationStatus,
  Role,
  SearchKind,
  SelectionPolicy,
  SupportType,
  WorkKind,
} from '../gql/graphql';
import { defineMessages } from './messages';

// The API's enum values as words, in one place for every feature, so that a value is called the same on every page.
// Each table is a Record over the enum: the compiler fails when the API adds a value without a word for it.

/** In the order the directory's filters and the editing form list them (the printed brochure's order). */
const WORK_KIND_SV: Record<WorkKind, string> = {
  GRANT: 'Bidrag',
  MEETING_PLACE: 'Mötesplats',
  PROCURED_SERVICE: 'Upphandlad verksamhet',
  PARTNERSHIP: 'Partnerskap (t.ex. IOP)',
  CONSULTATION: 'Samråd',
  INFORMATION: 'Information',
  VOLUNTEER_PROGRAMME: 'Frivilligverksamhet',
  KNOWLEDGE_SUPPORT: 'Kunskapsstöd',
  AGREEMENT: 'Överenskommelse',
};
const WORK_KIND_EN: Record<WorkKind, string> = {
  GRANT: 'Grant',
  MEETING_PLACE: 'Meeting place',
  PROCURED_SERVICE: 'Procured service',
  PARTNERSHIP: 'Partnership (e.g. IOP)',
  CONSULTATION: 'Consultation',
  INFORMATION: 'Information',
  VOLUNTEER_PROGRAMME: 'Volunteer programme',
  KNOWLEDGE_SUPPORT: 'Knowledge support',
  AGREEMENT: 'Agreement',
};

const SUPPORT_TYPE_SV: Record<SupportType, string> = {
  FUNDING: 'Ekonomiskt stöd',
  PREMISES: 'Lokaler',
  MATERIALS: 'Material',
  TRAVEL_REIMBURSEMENT: 'Reseersättning',
  MEETINGS_WITH_TARGET_GROUP: 'Möten med målgruppen',
  INFORMATION: 'Information',
  TRAINING: 'Utbildning',
  PROCURED_SERVICE: 'Upphandlad tjänst',
  OTHER: 'Annat',
};
const SUPPORT_TYPE_EN: Record<SupportType, string> = {
  FUNDING: 'Financial support',
  PREMISES: 'Premises',
  MATERIALS: 'Materials',
  TRAVEL_REIMBURSEMENT: 'Travel reimbursement',
  MEETINGS_WITH_TARGET_GROUP: 'Meetings with the target group',
  INFORMATION: 'Information',
  TRAINING: 'Training',
  PROCURED_SERVICE: 'Procured service',
  OTHER: 'Other',
};

/** The enum values in the order lists and filters show them. */
export const WORK_KINDS = Object.keys(WORK_KIND_SV) as WorkKind[];
export const SUPPORT_TYPES = Object.keys(SUPPORT_TYPE_SV) as SupportType[];

const MEETING_KIND_SV: Record<MeetingKind, string> = { CONSULTATION: 'Samråd', NETWORK_MEETING: 'Nätverksträff', WEBINAR: 'Webbinarium', WORKSHOP: 'Workshop' };
const MEETING_KIND_EN: Record<MeetingKind, string> = {
  CONSULTATION: 'Consultation',
  NETWORK_MEETING: 'Network meeting',
  WEBINAR: 'Webinar',
  WORKSHOP: 'Workshop',
};
const MEETING_FORMAT_SV: Record<MeetingFormat, string> = { DIGITAL: 'Digitalt', HYBRID: 'Hybrid (på plats och digitalt)', IN_PERSON: 'På plats' };
const MEETING_FORMAT_EN: Record<MeetingFormat, string> = { DIGITAL: 'Online', HYBRID: 'Hybrid (in person and online)', IN_PERSON: 'In person' };
const MEETING_STATUS_SV: Record<MeetingStatus, string> = { DRAFT: 'Utkast', PUBLISHED: 'Publicerat', HELD: 'Genomfört', CANCELLED: 'Inställt' };
const MEETING_STATUS_EN: Record<MeetingStatus, string> = { DRAFT: 'Draft', PUBLISHED: 'Published', HELD: 'Held', CANCELLED: 'Cancelled' };
const SELECTION_POLICY_SV: Record<SelectionPolicy, string> = {
  FIRST_COME: 'Först till kvarn, sedan reservlista',
  BALANCED: 'Urval för bredd av område, aktör och nivå',
};
const SELECTION_POLICY_EN: Record<SelectionPolicy, string> = {
  FIRST_COME: 'First come, then a waiting list',
  BALANCED: 'Selection for breadth of area, actor and level',
};
const REGISTRATION_STATUS_SV: Record<RegistrationStatus, string> = {
  REGISTERED: 'Anmäld',
  WAITLISTED: 'På reservlistan',
  SELECTED: 'Utvald',
  NOT_SELECTED: 'Inte utvald',
  ATTENDED: 'Deltog',
  CANCELLED: 'Avbokad',
};
const REGISTRATION_STATUS_EN: Record<RegistrationStatus, string> = {
  REGISTERED: 'Registered',
  WAITLISTED: 'On the waiting list',
  SELECTED: 'Selected',
  NOT_SELECTED: 'Not selected',
  ATTENDED: 'Attended',
  CANCELLED: 'Cancelled',
};
const ACTOR_TYPE_SV: Record<ActorType, string> = {
  CIVIL_SOCIETY_ORGANISATION: 'Civilsamhällesorganisation',
  GOVERNMENT_AGENCY: 'Myndighet',
  MUNICIPALITY: 'Kommun',
  REGION: 'Region',
  OTHER: 'Annan aktör',
};
const ACTOR_TYPE_EN: Record<ActorType, string> = {
  CIVIL_SOCIETY_ORGANISATION: 'Civil-society organisation',
  GOVERNMENT_AGENCY: 'Government agency',
  MUNICIPALITY: 'Municipality',
  REGION: 'Region',
  OTHER: 'Other actor',
};
const ACTOR_LEVEL_SV: Record<ActorLevel, string> = { LOCAL: 'Lokal', REGIONAL: 'Regional', NATIONAL: 'Nationell' };
const ACTOR_LEVEL_EN: Record<ActorLevel, string> = { LOCAL: 'Local', REGIONAL: 'Regional', NATIONAL: 'National' };

const SEARCH_KIND_SV: Record<SearchKind, string> = {
  AGENCY: 'Myndighet',
  WORK: 'Stöd och arbete',
  CONTACT: 'Kontaktperson',
  MEETING: 'Möte',
  MINUTES: 'Protokoll',
  THREAD: 'Erfarenhetstråd',
  DEVELOPMENT_AREA: 'Utvecklingsområde',
};
const SEARCH_KIND_EN: Record<SearchKind, string> = {
  AGENCY: 'Agency',
  WORK: 'Support and work',
  CONTACT: 'Contact person',
  MEETING: 'Meeting',
  MINUTES: 'Minutes',
  THREAD: 'Experience thread',
  DEVELOPMENT_AREA: 'Development area',
};

const DEVELOPMENT_AREA_STATUS_SV: Record<DevelopmentAreaStatus, string> = {
  IDENTIFIED: 'Identifierat',
  IN_PROGRESS: 'Pågår',
  ADDRESSED: 'Åtgärdat',
  DROPPED: 'Avskrivet',
};
const DEVELOPMENT_AREA_STATUS_EN: Record<DevelopmentAreaStatus, string> = {
  IDENTIFIED: 'Identified',
  IN_PROGRESS: 'In progress',
  ADDRESSED: 'Addressed',
  DROPPED: 'Dropped',
};

const ROLE_SV: Record<Role, string> = { MEMBER: 'Medlem', LIAISON: 'Kontaktperson', COORDINATOR: 'Samordnare', ADMIN: 'Administratör' };
const ROLE_EN: Record<Role, string> = { MEMBER: 'Member', LIAISON: 'Liaison', COORDINATOR: 'Coordinator', ADMIN: 'Administrator' };
const OUTBOX_STATUS_SV: Record<OutboxStatus, string> = { PENDING: 'Väntar på att skickas', SENT: 'Skickat', FAILED: 'Misslyckades', WITHDRAWN: 'Återkallat' };
const OUTBOX_STATUS_EN: Record<OutboxStatus, string> = { PENDING: 'Waiting to be sent', SENT: 'Sent', FAILED: 'Failed', WITHDRAWN: 'Withdrawn' };

/** `const labels = useMessages(enumLabels); labels.workKind(work.kind)`. */
export const enumLabels = defineMessages({
  sv: {
    workKind: (kind: WorkKind) => WORK_KIND_SV[kind],
    supportType: (type: SupportType) => SUPPORT_TYPE_SV[type],
    meetingKind: (kind: MeetingKind) => MEETING_KIND_SV[kind],
    meetingFormat: (format: MeetingFormat) => MEETING_FORMAT_SV[format],
    meetingStatus: (status: MeetingStatus) => MEETING_STATUS_SV[status],
    selectionPolicy: (policy: SelectionPolicy) => SELECTION_POLICY_SV[policy],
    registrationStatus: (status: RegistrationStatus) => REGISTRATION_STATUS_SV[status],
    actorType: (type: ActorType) => ACTOR_TYPE_SV[type],
    actorLevel: (level: ActorLevel) => ACTOR_LEVEL_SV[level],
    searchKind: (kind: SearchKind) => SEARCH_KIND_SV[kind],
    developmentAreaStatus: (status: DevelopmentAreaStatus) => DEVELOPMENT_AREA_STATUS_SV[status],
    role: (role: Role) => ROLE_SV[role],
    outboxStatus: (status: OutboxStatus) => OUTBOX_STATUS_SV[status],
  },
  en: {
    workKind: (kind: WorkKind) => WORK_KIND_EN[kind],
    supportType: (type: SupportType) => SUPPORT_TYPE_EN[type],
    meetingKind: (kind: MeetingKind) => MEETING_KIND_EN[kind],
    meetingFormat: (format: MeetingFormat) => MEETING_FORMAT_EN[format],
    meetingStatus: (status: MeetingStatus) => MEETING_STATUS_EN[status],
    selectionPolicy: (policy: SelectionPolicy) => SELECTION_POLICY_EN[policy],
    registrationStatus: (status: RegistrationStatus) => REGISTRATION_STATUS_EN[status],
    actorType: (type: ActorType) => ACTOR_TYPE_EN[type],
    actorLevel: (level: ActorLevel) => ACTOR_LEVEL_EN[level],
    searchKind: (kind: SearchKind) => SEARCH_KIND_EN[kind],
    developmentAreaStatus: (status: DevelopmentAreaStatus) => DEVELOPMENT_AREA_STATUS_EN[status],
    role: (role: Role) => ROLE_EN[role],
    outboxStatus: (status: OutboxStatus) => OUTBOX_STATUS_EN[status],
  },
});
