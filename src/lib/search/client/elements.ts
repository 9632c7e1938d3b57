/** The search page's elements, found once; a missing one is an error naming its selector. */

export interface Elements {
  form: HTMLFormElement;
  query: HTMLInputElement;
  sort: HTMLSelectElement;
  dates: HTMLElement;
  fromYear: HTMLSelectElement;
  fromMonth: HTMLSelectElement;
  toYear: HTMLSelectElement;
  toMonth: HTMLSelectElement;
  status: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
  facets: HTMLElement;
  facetGroups: HTMLElement;
  unavailable: HTMLElement;
}

function required<T extends Element>(root: HTMLElement, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`Search page is missing ${selector}`);
  return found;
}

export function findElements(root: HTMLElement): Elements {
  return {
    form: required(root, '[data-search-form]'),
    query: required(root, 'input[name="q"]'),
    sort: required(root, 'select[name="sort"]'),
    dates: required(root, '[data-search-dates]'),
    fromYear: required(root, 'select[name="from-year"]'),
    fromMonth: required(root, 'select[name="from-month"]'),
    toYear: required(root, 'select[name="to-year"]'),
    toMonth: required(root, 'select[name="to-month"]'),
    status: required(root, '[data-search-status]'),
    results: required(root, '[data-search-results]'),
    more: required(root, '[data-search-more]'),
    facets: required(root, '[data-search-facets]'),
    facetGroups: required(root, '[data-search-facet-groups]'),
    unavailable: required(root, '[data-search-unavailable]'),
  };
}
