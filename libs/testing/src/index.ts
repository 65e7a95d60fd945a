export { GraphQLClient, type GraphQLErrorBody, type GraphQLResponse } from './graphql-client.js';
export { createMeeting, daysAhead, meetingInput, PUBLISH_MEETING, REGISTER, registrationInput, SCHEDULE_MEETING } from './meeting-factory.js';
export { actualShape, expectedShape, type SchemaShape } from './schema-drift.js';
export { DEMO, startTestApp, type TestApp } from './test-app.js';
export { adminQuery, createTestDatabase, freePort, TEST_PASSWORD, type TestDatabase } from './test-server.js';
