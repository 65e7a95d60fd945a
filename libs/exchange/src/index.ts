export { ExchangeLoaders } from './exchange.loaders.js';
export { ExchangeModule } from './exchange.module.js';
export { ExchangeService } from './exchange.service.js';
export { ExchangeNotificationsService } from './exchange-notifications.service.js';
export { normaliseTopic, normaliseTopics } from './exchange-rules.js';
export { ExperienceReplyModel, ExperienceThreadModel, PostRevisionModel } from './models/exchange.models.js';
