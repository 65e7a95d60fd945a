import { graphql } from '../../gql';

export const DevelopmentAreasQuery = graphql(`
  query DevelopmentAreaBoard {
    developmentAreas {
      id
      title
      status
      updatedAt
      carriedForward
      ownerAgencies {
        id
        name
      }
    }
  }
`);

export const DevelopmentAreaQuery = graphql(`
  query DevelopmentArea($id: ID!) {
    developmentArea(id: $id) {
      id
      title
      description
      status
      createdAt
      updatedAt
      carriedForward
      viewerCanUpdate
      createdBy {
        id
        name
      }
      ownerAgencies {
        id
        slug
        name
      }
      identifiedAt {
        id
        title
        startsAt
      }
      nextReviewAt {
        id
        title
        startsAt
      }
      linkedThreads {
        id
        title
      }
      updates {
        id
        status
        note
        createdAt
        author {
          id
          name
          agency {
            id
            name
          }
        }
      }
    }
  }
`);

export const UpdateDevelopmentAreaMutation = graphql(`
  mutation UpdateDevelopmentArea($id: ID!, $status: DevelopmentAreaStatus!, $note: String!) {
    updateDevelopmentArea(id: $id, status: $status, note: $note) {
      id
      status
      updatedAt
    }
  }
`);

/** What the "log an area" form offers: the agencies that may own it and the meetings it may belong to. */
export const AreaFormOptionsQuery = graphql(`
  query DevelopmentAreaFormOptions {
    agencies(first: 100) {
      nodes {
        id
        slug
        name
      }
    }
    meetings(first: 100) {
      nodes {
        id
        title
        startsAt
        status
      }
    }
  }
`);

export const LogDevelopmentAreaMutation = graphql(`
  mutation LogDevelopmentArea($input: DevelopmentAreaInput!) {
    logDevelopmentArea(input: $input) {
      id
    }
  }
`);
