import { Injectable } from '@nestjs/common';

import { assertCan, Permission, type Viewer } from '#access';
import { AuditService } from '#audit';
import { BadUserInputError, isUuid, NotFoundError } from '#common';
import { PrismaService } from '#prisma';

import { AuthRepository } from './auth.repository.js';
import type { UserModel } from './models/index.js';
import { toUserModel } from './session.service.js';

/** What admins do to accounts. */
@Injectable()
export class UserAdminService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly users: AuthRepository,
    private readonly audit: AuditService,
  ) {}

  /** Disables an account and ends all its sessions at once (access tokens included). */
  setActive(viewer: Viewer, userId: string, active: boolean): Promise<UserModel> {
    assertCan(viewer, Permission.manageUsers);
    if (!active && viewer.id === userId) throw BadUserInputError.field('id', 'Du kan inte stänga av ditt eget konto.');
    return this.prisma.transaction(async () => {
      const before = isUuid(userId) ? await this.users.findUserById(userId) : null;
      if (!before) throw new NotFoundError('Användaren');
      const now = new Date();
      const after = active ? await this.users.enableUser(userId) : await this.users.disableUser(userId, now);
      if (!active) await this.users.revokeAllSessionsOf(userId, now);
      await this.audit.record(viewer, {
        action: active ? 'user.enabled' : 'user.disabled',
        entityType: 'User',
        entityId: userId,
        before: { disabledAt: before.disabledAt },
        after: { disabledAt: after.disabledAt },
      });
      return toUserModel(after);
    });
  }
}
