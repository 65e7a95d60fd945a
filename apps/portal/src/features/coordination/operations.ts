import { graphql } from '../../gql';

/** The coordinators' meeting list: drafts too, by start time. */
export const CoordinatorMeetingsQuery = graphql(`
  query CoordinatorMeetings($first: Int!, $after: String) {
    meetings(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        title
        kind
        status
        startsAt
        endsAt
        selectionPolicy
        capacity
        seatsTaken
        network {
          name
        }
      }
    }
  }
`);

/** Everything the meeting form edits, plus what the actions need (status, version). */
export const EditableMeetingQuery = graphql(`
  query EditableMeeting($id: ID!) {
    meeting(id: $id) {
      id
      version
      status
      title
      description
      kind
      format
      startsAt
      endsAt
      location
      onlineUrl
      capacity
      registrationDeadline
      selectionPolicy
      cancellationReason
      network {
        slug
      }
      agenda {
        position
        title
        presenter
        durationMinutes
      }
    }
  }
`);

/** The networks a meeting can belong to, and the agencies that can own an action item or an account. */
export const NetworksForFormQuery = graphql(`
  query CoordinationNetworks {
    networks {
      slug
      name
    }
  }
`);

export const AgencyOptionsQuery = graphql(`
  query CoordinationAgencies {
    agencies(first: 100) {
      nodes {
        slug
        name
      }
    }
  }
`);

export const ScheduleMeetingMutation = graphql(`
  mutation ScheduleMeeting($input: MeetingInput!) {
    scheduleMeeting(input: $input) {
      id
      status
      version
    }
  }
`);

export const UpdateMeetingMutation = graphql(`
  mutation UpdateMeeting($id: ID!, $expectedVersion: Int, $input: MeetingInput!) {
    updateMeeting(id: $id, expectedVersion: $expectedVersion, input: $input) {
      id
      status
      version
    }
  }
`);

export const PublishMeetingMutation = graphql(`
  mutation PublishMeeting($id: ID!) {
    publishMeeting(id: $id) {
      id
      status
      version
    }
  }
`);

export const CancelMeetingMutation = graphql(`
  mutation CancelMeeting($id: ID!, $reason: String) {
    cancelMeeting(id: $id, reason: $reason) {
      id
      status
      version
      cancellationReason
    }
  }
`);

export const MeetingRegistrationsQuery = graphql(`
  query MeetingRegistrations($id: ID!) {
    meeting(id: $id) {
      id
      title
      status
      startsAt
      endsAt
      capacity
      seatsTaken
      selectionPolicy
      selectedAt
      registrations {
        id
        participantName
        email
        organisation
        actorType
        level
        area
        status
        selectionReason
        createdAt
      }
    }
  }
`);

export const SelectParticipantsMutation = graphql(`
  mutation SelectParticipants($meetingId: ID!) {
    selectParticipants(meetingId: $meetingId) {
      id
      status
      selectionReason
    }
  }
`);

export const MeetingMinutesQuery = graphql(`
  query MeetingMinutes($id: ID!) {
    meeting(id: $id) {
      id
      title
      status
      startsAt
      endsAt
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
            slug
          }
        }
      }
    }
  }
`);

export const RecordMinutesMutation = graphql(`
  mutation RecordMinutes($meetingId: ID!, $input: MinutesInput!) {
    recordMinutes(meetingId: $meetingId, input: $input) {
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
          slug
        }
      }
    }
  }
`);

export const InviteUserMutation = graphql(`
  mutation InviteUser($email: String!, $name: String!, $role: Role!, $agencySlug: String) {
    inviteUser(email: $email, name: $name, role: $role, agencySlug: $agencySlug) {
      id
      email
      name
      role
      acceptUrl
      expiresAt
    }
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLog($first: Int!, $after: String) {
    auditLog(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        action
        entityType
        entityId
        createdAt
        actor {
          name
        }
      }
    }
  }
`);

export const OutboxQuery = graphql(`
  query Outbox($first: Int!, $after: String) {
    outbox(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        kind
        recipient
        subject
        status
        attempts
        createdAt
        sentAt
        lastError
      }
    }
  }
`);
