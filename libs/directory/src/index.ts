export { DirectoryLoaders } from './directory.loaders.js';
export { DirectoryModule } from './directory.module.js';
export { DirectoryService } from './directory.service.js';
export { AgencyModel, CivilSocietyWorkModel, ContactPersonModel, NetworkModel } from './models/directory.models.js';
export { SupportType, WorkKind } from './models/enums.js';
