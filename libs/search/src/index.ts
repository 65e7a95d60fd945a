export { foldWord, MAX_QUERY_LENGTH, queryWords } from './query-words.js';
export { SearchModule } from './search.module.js';
export { searchAudience, SearchService } from './search.service.js';
export { type ReindexOptions, type ReindexProgress, type ReindexReport, reindexSearch } from './search-reindex.js';
export { buildSnippet, escapeHtml, stemMatcher } from './snippet.js';
