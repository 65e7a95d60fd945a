import { graphql } from '../../gql';

/** Everything the editor shows of one agency: the profile with its version, and the work and contacts with theirs. */
export const EditableAgencyQuery = graphql(`
  query EditableAgency($slug: String!) {
    agency(slug: $slug) {
      id
      slug
      name
      nameEn
      abbreviation
      ministry
      website
      description
      descriptionEn
      version
      updatedAt
      civilSocietyWork {
        id
        kind
        title
        titleEn
        summary
        description
        descriptionEn
        targetGroups
        supportOffered
        howToApply
        url
        version
        updatedAt
      }
      contacts {
        id
        name
        title
        email
        phone
        responsibilities
        version
      }
    }
  }
`);

/** The agencies a coordinator or admin may pick from, a page at a time. */
export const EditableAgenciesQuery = graphql(`
  query EditableAgencies($first: Int!, $after: String) {
    agencies(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        slug
        name
        nameEn
      }
    }
  }
`);

export const UpdateAgencyProfileMutation = graphql(`
  mutation UpdateAgencyProfile($slug: String!, $expectedVersion: Int!, $input: AgencyProfileInput!) {
    updateAgencyProfile(slug: $slug, expectedVersion: $expectedVersion, input: $input) {
      id
      nameEn
      abbreviation
      ministry
      website
      description
      descriptionEn
      version
      updatedAt
    }
  }
`);

export const AddWorkMutation = graphql(`
  mutation AddCivilSocietyWork($agencySlug: String!, $input: WorkInput!) {
    addCivilSocietyWork(agencySlug: $agencySlug, input: $input) {
      id
    }
  }
`);

export const UpdateWorkMutation = graphql(`
  mutation UpdateCivilSocietyWork($id: ID!, $expectedVersion: Int, $input: WorkInput!) {
    updateCivilSocietyWork(id: $id, expectedVersion: $expectedVersion, input: $input) {
      id
      kind
      title
      titleEn
      summary
      description
      descriptionEn
      targetGroups
      supportOffered
      howToApply
      url
      version
      updatedAt
    }
  }
`);

export const RemoveWorkMutation = graphql(`
  mutation RemoveCivilSocietyWork($id: ID!) {
    removeCivilSocietyWork(id: $id)
  }
`);

export const AddContactMutation = graphql(`
  mutation AddContactPerson($agencySlug: String!, $input: ContactInput!) {
    addContactPerson(agencySlug: $agencySlug, input: $input) {
      id
    }
  }
`);

export const UpdateContactMutation = graphql(`
  mutation UpdateContactPerson($id: ID!, $expectedVersion: Int, $input: ContactInput!) {
    updateContactPerson(id: $id, expectedVersion: $expectedVersion, input: $input) {
      id
      name
      title
      email
      phone
      responsibilities
      version
    }
  }
`);

export const RemoveContactMutation = graphql(`
  mutation RemoveContactPerson($id: ID!) {
    removeContactPerson(id: $id)
  }
`);
