import { registerEnumType } from '@nestjs/graphql';

import { ActorLevel, ActorType, MeetingFormat, MeetingKind, MeetingStatus, RegistrationStatus, SelectionPolicy } from '#prisma';

registerEnumType(MeetingKind, {
  name: 'MeetingKind',
  valuesMap: {
    NETWORK_MEETING: { description: 'Nätverksträff' },
    CONSULTATION: { description: 'Samråd' },
    WORKSHOP: { description: 'Workshop' },
    WEBINAR: { description: 'Webbinarium' },
  },
});
registerEnumType(MeetingFormat, {
  name: 'MeetingFormat',
  valuesMap: { IN_PERSON: { description: 'På plats' }, DIGITAL: { description: 'Digitalt' }, HYBRID: { description: 'Hybrid' } },
});
registerEnumType(MeetingStatus, {
  name: 'MeetingStatus',
  valuesMap: {
    DRAFT: { description: 'Utkast' },
    PUBLISHED: { description: 'Publicerat' },
    CANCELLED: { description: 'Inställt' },
    HELD: { description: 'Genomfört' },
  },
});
registerEnumType(SelectionPolicy, {
  name: 'SelectionPolicy',
  valuesMap: { FIRST_COME: { description: 'Först till kvarn, sedan reservlista' }, BALANCED: { description: 'Urval för bredd av område, aktör och nivå' } },
});
registerEnumType(ActorType, {
  name: 'ActorType',
  valuesMap: {
    GOVERNMENT_AGENCY: { description: 'Myndighet' },
    MUNICIPALITY: { description: 'Kommun' },
    REGION: { description: 'Region' },
    CIVIL_SOCIETY_ORGANISATION: { description: 'Civilsamhällesorganisation' },
    OTHER: { description: 'Annan aktör' },
  },
});
registerEnumType(ActorLevel, {
  name: 'ActorLevel',
  valuesMap: { NATIONAL: { description: 'Nationell nivå' }, REGIONAL: { description: 'Regional nivå' }, LOCAL: { description: 'Lokal nivå' } },
});
registerEnumType(RegistrationStatus, {
  name: 'RegistrationStatus',
  valuesMap: {
    REGISTERED: { description: 'Anmäld (med plats vid först till kvarn)' },
    WAITLISTED: { description: 'På reservlistan' },
    SELECTED: { description: 'Utvald' },
    NOT_SELECTED: { description: 'Inte utvald' },
    CANCELLED: { description: 'Avbokad' },
    ATTENDED: { description: 'Deltog' },
  },
});

export { ActorLevel, ActorType, MeetingFormat, MeetingKind, MeetingStatus, RegistrationStatus, SelectionPolicy };
