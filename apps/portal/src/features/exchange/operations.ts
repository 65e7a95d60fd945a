import { graphql } from '../../gql';

/** How many threads a page of the list shows; "Visa fler" fetches the next as many. */
export const THREADS_PER_PAGE = 20;

export const ExperienceThreadsQuery = graphql(`
  query ExperienceThreads($topic: String, $first: Int, $after: String) {
    experienceThreads(topic: $topic, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        topics
        answered
        hidden
        replyCount
        lastActivityAt
        author {
          id
          name
        }
        agency {
          id
          name
        }
      }
    }
  }
`);

export const ExchangeTopicsQuery = graphql(`
  query ExchangeTopics {
    experienceTopics {
      topic
      threadCount
    }
    myExchangeFollows {
      topics
    }
  }
`);

export const FollowTopicMutation = graphql(`
  mutation FollowTopic($topic: String!) {
    followTopic(topic: $topic) {
      topics
    }
  }
`);

export const UnfollowTopicMutation = graphql(`
  mutation UnfollowTopic($topic: String!) {
    unfollowTopic(topic: $topic) {
      topics
    }
  }
`);

export const ExperienceThreadQuery = graphql(`
  query ExperienceThread($id: ID!) {
    experienceThread(id: $id) {
      id
      title
      body
      topics
      createdAt
      editedAt
      followedByMe
      answered
      hidden
      hiddenReason
      author {
        id
        name
      }
      agency {
        id
        name
      }
      answer {
        id
      }
      relatedWork {
        id
        title
        titleEn
        agency {
          id
          slug
          name
        }
      }
      replies {
        id
        body
        createdAt
        editedAt
        hidden
        author {
          id
          name
        }
      }
    }
  }
`);

export const ReplyToThreadMutation = graphql(`
  mutation ReplyToThread($threadId: ID!, $body: String!) {
    replyToThread(threadId: $threadId, body: $body) {
      id
    }
  }
`);

export const FollowThreadMutation = graphql(`
  mutation FollowThread($threadId: ID!) {
    followThread(threadId: $threadId) {
      topics
    }
  }
`);

export const UnfollowThreadMutation = graphql(`
  mutation UnfollowThread($threadId: ID!) {
    unfollowThread(threadId: $threadId) {
      topics
    }
  }
`);

export const MarkThreadAnsweredMutation = graphql(`
  mutation MarkThreadAnswered($threadId: ID!, $replyId: ID!) {
    markThreadAnswered(threadId: $threadId, replyId: $replyId) {
      id
      answered
      answer {
        id
      }
    }
  }
`);

export const UnmarkThreadAnsweredMutation = graphql(`
  mutation UnmarkThreadAnswered($threadId: ID!) {
    unmarkThreadAnswered(threadId: $threadId) {
      id
      answered
      answer {
        id
      }
    }
  }
`);

/** The work of the viewer's own agency: what a new thread most often is about. */
export const AgencyWorkQuery = graphql(`
  query AgencyWorkOptions($slug: String!) {
    agency(slug: $slug) {
      id
      civilSocietyWork {
        id
        title
        titleEn
      }
    }
  }
`);

export const StartThreadMutation = graphql(`
  mutation StartExperienceThread($input: ThreadInput!) {
    startExperienceThread(input: $input) {
      id
    }
  }
`);
