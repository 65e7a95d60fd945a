/**
 * Loaded before a benchmark (`node --import`), so before anything that reads
 * NODE_ENV when it loads (graphql-js checks every type's class outside
 * production): the API is measured as it runs in production.
 */
process.env.NODE_ENV = 'production';
