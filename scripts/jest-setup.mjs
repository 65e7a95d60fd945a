// Loaded as an ES module so that Nest and the code under test share one reflect-metadata.
import 'reflect-metadata';
