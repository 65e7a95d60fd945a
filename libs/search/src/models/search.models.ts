import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { AgencyModel, SupportType, WorkKind } from '#directory';
import { SearchKind } from '#prisma';

registerEnumType(SearchKind, {
  name: 'SearchKind',
  description: 'What a search hit is.',
  valuesMap: {
    AGENCY: { description: 'Myndighet' },
    WORK: { description: 'Civilsamhällesarbete' },
    CONTACT: { description: 'Kontaktperson' },
    MEETING: { description: 'Möte' },
    MINUTES: { description: 'Protokoll (id: the meeting’s)' },
    THREAD: { description: 'Erfarenhetstråd' },
    DEVELOPMENT_AREA: { description: 'Utvecklingsområde' },
  },
});

@ObjectType('SearchHit')
export class SearchHitModel {
  @Field(() => SearchKind)
  kind!: SearchKind;

  @Field(() => ID, { description: 'The id of the agency, work, contact, meeting, thread or area; for MINUTES, the id of their meeting.' })
  id!: string;

  @Field()
  title!: string;

  @Field({ description: 'Plain text around the matched words; the matches wrapped in <mark></mark>, nothing else unescaped.' })
  snippet!: string;

  @Field(() => Float)
  score!: number;

  @Field(() => AgencyModel, { nullable: true, description: 'The agency the hit belongs to; for an AGENCY hit, the agency itself.' })
  agency?: AgencyModel | null;

  agencyId!: string | null;
}

@ObjectType('SearchKindFacet')
export class SearchKindFacetModel {
  @Field(() => SearchKind)
  kind!: SearchKind;

  @Field(() => Int)
  count!: number;
}

@ObjectType('SearchAgencyFacet')
export class SearchAgencyFacetModel {
  @Field(() => AgencyModel)
  agency?: AgencyModel;

  agencyId!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('SearchWorkKindFacet')
export class SearchWorkKindFacetModel {
  @Field(() => WorkKind)
  workKind!: WorkKind;

  @Field(() => Int)
  count!: number;
}

@ObjectType('SearchSupportTypeFacet')
export class SearchSupportTypeFacetModel {
  @Field(() => SupportType)
  supportType!: SupportType;

  @Field(() => Int)
  count!: number;
}

@ObjectType('SearchFacets', {
  description:
    'Counts of the hits per value, most first. Each facet counts with the filters of the others applied but not its own, so that its other values stay choosable.',
})
export class SearchFacetsModel {
  @Field(() => [SearchKindFacetModel])
  kinds!: SearchKindFacetModel[];

  @Field(() => [SearchAgencyFacetModel], { description: 'The 20 agencies with most hits.' })
  agencies!: SearchAgencyFacetModel[];

  @Field(() => [SearchWorkKindFacetModel])
  workKinds!: SearchWorkKindFacetModel[];

  @Field(() => [SearchSupportTypeFacetModel])
  supportTypes!: SearchSupportTypeFacetModel[];
}

@ObjectType('SearchResult')
export class SearchResultModel {
  @Field(() => [SearchHitModel])
  hits!: SearchHitModel[];

  @Field(() => Int, {
    description:
      'How many hits there are in all: exact up to 1000; beyond, or for words in a fair share of all documents, an estimate (totalCountIsEstimate). Facets are then estimates too.',
  })
  totalCount!: number;

  @Field({
    description:
      'True when totalCount is an estimate: more than 1000 hits, or words so common that only a sample of the index (one document in 512) was counted and ranked.',
  })
  totalCountIsEstimate!: boolean;

  @Field(() => Int, { description: 'Time the server spent searching, in milliseconds.' })
  tookMs!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'When the query as typed found nothing: the closest spelling of its words in the index ("migrationsverkt" → "migrationsverket"). The hits are then those of this suggestion.',
  })
  didYouMean!: string | null;

  @Field(() => SearchFacetsModel, { description: 'Counted over all hits, not only this page; computed only when asked for.' })
  facets?: SearchFacetsModel;
}
