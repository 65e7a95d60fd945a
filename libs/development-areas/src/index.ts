export { ALLOWED_TRANSITIONS, isCarriedForward, OPEN_STATUSES } from './development-area-rules.js';
export { DevelopmentAreasModule } from './development-areas.module.js';
export { DevelopmentAreasService } from './development-areas.service.js';
export { DevelopmentAreaModel, DevelopmentAreaUpdateModel } from './models/development-area.models.js';
export { DevelopmentAreaStatus } from './models/enums.js';
