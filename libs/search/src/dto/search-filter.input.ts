import { Field, InputType } from '@nestjs/graphql';

import { EnumList, TextList } from '#common';
import { SupportType, WorkKind } from '#directory';

@InputType('SearchFilter', { description: 'Narrows a search; each list matches any of its values, and the lists combine with AND.' })
export class SearchFilterInput {
  @Field(() => [String], { nullable: true, description: 'Hits that belong to one of these agencies (slugs).' })
  @TextList(50, 100)
  agencySlugs?: string[] | null;

  @Field(() => [WorkKind], { nullable: true, description: 'Civil-society work of these kinds (only WORK hits).' })
  @EnumList(Object.keys(WorkKind).length)
  workKinds?: WorkKind[] | null;

  @Field(() => [SupportType], { nullable: true, description: 'Civil-society work offering any of these (only WORK hits).' })
  @EnumList(Object.keys(SupportType).length)
  supportTypes?: SupportType[] | null;
}
