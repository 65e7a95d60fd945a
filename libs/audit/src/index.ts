export { AuditModule } from './audit.module.js';
export { type AuditEntry, AuditService } from './audit.service.js';
export { AuditEventModel } from './audit-event.model.js';
