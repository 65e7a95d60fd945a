export { MeetingLoaders } from './meetings.loaders.js';
export { MeetingsModule } from './meetings.module.js';
export { MeetingsService } from './meetings.service.js';
export { MeetingModel, MinutesModel, RegistrationModel } from './models/meeting.models.js';
