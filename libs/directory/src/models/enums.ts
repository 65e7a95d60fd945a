import { registerEnumType } from '@nestjs/graphql';

import { SupportType, WorkKind } from '#prisma';

registerEnumType(WorkKind, {
  name: 'WorkKind',
  description: 'What kind of civil-society work an agency does.',
  valuesMap: {
    GRANT: { description: 'Bidrag' },
    MEETING_PLACE: { description: 'Mötesplats' },
    PROCURED_SERVICE: { description: 'Upphandlad verksamhet' },
    PARTNERSHIP: { description: 'Partnerskap, t.ex. IOP' },
    CONSULTATION: { description: 'Samråd' },
    INFORMATION: { description: 'Information' },
    VOLUNTEER_PROGRAMME: { description: 'Frivilligverksamhet' },
    KNOWLEDGE_SUPPORT: { description: 'Kunskapsstöd' },
    AGREEMENT: { description: 'Överenskommelse' },
  },
});

registerEnumType(SupportType, {
  name: 'SupportType',
  description: 'Support a civil-society organisation can get.',
  valuesMap: {
    FUNDING: { description: 'Ekonomiskt stöd' },
    PREMISES: { description: 'Lokaler' },
    MATERIALS: { description: 'Material' },
    TRAVEL_REIMBURSEMENT: { description: 'Reseersättning' },
    MEETINGS_WITH_TARGET_GROUP: { description: 'Möten med målgruppen' },
    INFORMATION: { description: 'Information' },
    TRAINING: { description: 'Utbildning' },
    PROCURED_SERVICE: { description: 'Upphandlad tjänst' },
    OTHER: { description: 'Annat' },
  },
});

export { SupportType, WorkKind };
