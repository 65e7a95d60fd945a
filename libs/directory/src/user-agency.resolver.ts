import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { UserModel } from '#auth';

import { DirectoryLoaders } from './directory.loaders.js';
import { AgencyModel } from './models/directory.models.js';

/** Adds `User.agency` from the directory's side, so auth need not know agencies. */
@Resolver(() => UserModel)
export class UserAgencyResolver {
  constructor(private readonly loaders: DirectoryLoaders) {}

  @ResolveField(() => AgencyModel, { nullable: true, description: 'The agency the user works at.' })
  agency(@Parent() user: UserModel, @Context() context: object): Promise<AgencyModel | null> | null {
    return user.agencyId ? this.loaders.agency(context).load(user.agencyId) : null;
  }
}
