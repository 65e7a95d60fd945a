import { registerEnumType } from '@nestjs/graphql';

import { DevelopmentAreaStatus } from '#prisma';

registerEnumType(DevelopmentAreaStatus, {
  name: 'DevelopmentAreaStatus',
  description: 'Where a development area stands: IDENTIFIED → IN_PROGRESS → ADDRESSED, or DROPPED. ADDRESSED and DROPPED are final.',
  valuesMap: {
    IDENTIFIED: { description: 'Identifierat' },
    IN_PROGRESS: { description: 'Pågår' },
    ADDRESSED: { description: 'Åtgärdat (slutligt)' },
    DROPPED: { description: 'Avskrivet (slutligt)' },
  },
});

export { DevelopmentAreaStatus };
