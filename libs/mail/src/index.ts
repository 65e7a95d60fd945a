export { MailModule } from './mail.module.js';
export type { NewMessage } from './outbox.repository.js';
export { OutboxService } from './outbox.service.js';
