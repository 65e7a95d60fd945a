import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { CurrentViewer, type Viewer } from '#access';

import { DirectoryLoaders } from './directory.loaders.js';
import { DirectoryService } from './directory.service.js';
import { ContactInput } from './dto/directory.inputs.js';
import { AgencyModel, ContactPersonModel } from './models/directory.models.js';

@Resolver(() => ContactPersonModel)
export class ContactResolver {
  constructor(
    private readonly directory: DirectoryService,
    private readonly loaders: DirectoryLoaders,
  ) {}

  @Mutation(() => ContactPersonModel)
  addContactPerson(
    @CurrentViewer() viewer: Viewer,
    @Args('agencySlug') agencySlug: string,
    @Args('input', { type: () => ContactInput }) input: ContactInput,
  ): Promise<ContactPersonModel> {
    return this.directory.addContact(viewer, agencySlug, input);
  }

  @Mutation(() => ContactPersonModel, { description: 'With expectedVersion, a stale version is a CONFLICT.' })
  updateContactPerson(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => ContactInput }) input: ContactInput,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion?: number,
  ): Promise<ContactPersonModel> {
    return this.directory.updateContact(viewer, id, input, expectedVersion);
  }

  @Mutation(() => Boolean)
  removeContactPerson(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.directory.removeContact(viewer, id);
  }

  @ResolveField(() => AgencyModel)
  async agency(@Parent() contact: ContactPersonModel, @Context() context: object): Promise<AgencyModel> {
    return (await this.loaders.agency(context).load(contact.agencyId))!;
  }

  @ResolveField(() => String, { nullable: true, description: 'Signed-in members only; null for anonymous viewers.' })
  email(@Parent() contact: ContactPersonModel, @CurrentViewer() viewer: Viewer): string | null {
    return this.directory.contactDetail(viewer, contact, 'email');
  }

  @ResolveField(() => String, { nullable: true, description: 'Signed-in members only; null for anonymous viewers.' })
  phone(@Parent() contact: ContactPersonModel, @CurrentViewer() viewer: Viewer): string | null {
    return this.directory.contactDetail(viewer, contact, 'phone');
  }
}
