import { FILTER_NAMES, HIDDEN_META, META_WEIGHTS } from '../site/search-attributes.ts';

/**
 * The search page's only script (loaded from a file: the Content-Security-Policy forbids
 * inline scripts). It mounts Pagefind's own UI, loaded just before it from /pagefind/, runs
 * the query the header's form sent as `?q=`, and keeps `?q=` up to date as the reader types,
 * so Back returns to the same results and a results page can be bookmarked.
 */

/** The part of Pagefind's UI this page uses (pagefind-ui.js defines it on window). */
interface PagefindUi {
  triggerSearch(term: string): void;
}
interface PagefindResultData {
  meta: Record<string, string>;
}
declare const PagefindUI: new (options: Record<string, unknown>) => PagefindUi;

const QUERY_PARAMETER = 'q';
/** The id of the page's h1 (src/pages/search.astro). */
const SEARCH_HEADING = 'search-title';

const query = new URLSearchParams(location.search).get(QUERY_PARAMETER)?.trim() ?? '';
// `astro dev` serves no /pagefind/: the index is made after `npm run build`.
if (typeof PagefindUI === 'undefined') explainMissingIndex();
else mountSearch();

function mountSearch(): void {
  const ui = new PagefindUI({
    element: '#search',
    showImages: false,
    showSubResults: true,
    pageSize: 10,
    // Open so each filter's values are one Tab away, not behind a closed disclosure; values
    // that match nothing are left out rather than offered as dead checkboxes.
    openFilters: Object.values(FILTER_NAMES),
    showEmptyFilters: false,
    autofocus: query === '',
    ranking: { metaWeights: META_WEIGHTS },
    translations: { placeholder: 'Search reports, newsletters, activities, members and people' },
    processResult: hideMeta,
    processTerm: rememberQuery,
  });
  // Pagefind's search box has only a title to name it; the page's visible heading labels it.
  document.querySelector('.pagefind-ui__search-input')?.setAttribute('aria-labelledby', SEARCH_HEADING);
  if (query !== '') ui.triggerSearch(query);
}

function explainMissingIndex(): void {
  const note = document.createElement('p');
  note.textContent = 'There is no search index here: it is made by npm run build (see it with npm run preview).';
  document.querySelector('#search')?.append(note);
}

/** Drops the metadata that exists to be searched, not read (the hidden keywords). */
function hideMeta(result: PagefindResultData): PagefindResultData {
  for (const key of HIDDEN_META) delete result.meta[key];
  return result;
}

/** Puts the term in the address bar without adding a history entry per keystroke. */
function rememberQuery(term: string): string {
  const url = new URL(location.href);
  if (term.trim() === '') url.searchParams.delete(QUERY_PARAMETER);
  else url.searchParams.set(QUERY_PARAMETER, term);
  history.replaceState(history.state, '', url);
  return term;
}
