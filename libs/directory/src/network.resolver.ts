import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { DirectoryLoaders } from './directory.loaders.js';
import { DirectoryService } from './directory.service.js';
import { AgencyModel, NetworkModel } from './models/directory.models.js';

@Resolver(() => NetworkModel)
export class NetworkResolver {
  constructor(
    private readonly directory: DirectoryService,
    private readonly loaders: DirectoryLoaders,
  ) {}

  @Query(() => [NetworkModel], { description: 'The networks MUCF coordinates.' })
  networks(): Promise<NetworkModel[]> {
    return this.directory.networks();
  }

  @ResolveField(() => [AgencyModel], { description: 'The current member agencies.' })
  agencies(@Parent() network: NetworkModel, @Context() context: object): Promise<AgencyModel[]> {
    return this.loaders.agenciesOfNetwork(context).load(network.id);
  }
}
