import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';

import { byKey, requestLoader } from '#common';

import { AuthRepository } from './auth.repository.js';
import type { UserModel } from './models/index.js';
import { toUserModel } from './session.service.js';

/** Users by id as the `User` type shows them, batched per request: for every domain that shows an author or actor. */
@Injectable()
export class UserLoaders {
  constructor(private readonly users: AuthRepository) {}

  user(context: object): DataLoader<string, UserModel | null> {
    return requestLoader(context, 'auth.user', async (ids: readonly string[]) =>
      byKey(ids, (await this.users.findUsersByIds(ids)).map(toUserModel), (user) => user.id),
    );
  }
}
