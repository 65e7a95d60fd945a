import { graphql } from '../../gql';

/** What the calendar and the meeting page both show of a meeting, and what its registration state is computed from. */
export const MeetingSummaryFields = graphql(`
  fragment MeetingSummary on Meeting {
    id
    title
    kind
    format
    location
    startsAt
    endsAt
    status
    registrationDeadline
    capacity
    seatsTaken
    selectionPolicy
    selectedAt
    network {
      id
      name
    }
  }
`);

export const MeetingsQuery = graphql(`
  query Meetings($first: Int!, $after: String, $from: DateTime, $to: DateTime) {
    meetings(first: $first, after: $after, from: $from, to: $to) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...MeetingSummary
      }
    }
  }
`);

export const MeetingQuery = graphql(`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      ...MeetingSummary
      description
      cancellationReason
      onlineUrl
      agenda {
        position
        title
        presenter
        durationMinutes
      }
      myRegistration {
        id
        status
      }
      minutes {
        id
        body
        decisions
        published
        updatedAt
        actionItems {
          id
          description
          done
          dueOn
          ownerAgency {
            id
            name
          }
        }
      }
    }
  }
`);

export const RegisterForMeetingMutation = graphql(`
  mutation RegisterForMeeting($meetingId: ID!, $input: RegistrationInput!) {
    registerForMeeting(meetingId: $meetingId, input: $input) {
      id
      status
      email
    }
  }
`);
