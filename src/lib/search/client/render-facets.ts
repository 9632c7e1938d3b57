/**
 * The facet checkboxes: one fieldset per filter, one checkbox per value with
 * its count. Re-rendered after every search; the checkbox that had focus gets
 * it back, so a keyboard user can tick one value after another.
 */
import type { FacetGroup } from '../facets';

const FOCUS_KEY = 'facetKey';

function optionKey(facet: string, id: string): string {
  return `${facet}\u0000${id}`;
}

function facetFieldset(group: FacetGroup): HTMLFieldSetElement {
  const fieldset = document.createElement('fieldset');
  fieldset.className = 'search-facet';
  const legend = document.createElement('legend');
  legend.textContent = group.label;
  const list = document.createElement('ul');
  group.options.forEach((option, position) => {
    const item = document.createElement('li');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.id = `facet-${group.facet}-${position}`;
    input.value = option.id;
    input.checked = option.selected;
    input.dataset['facet'] = group.facet;
    input.dataset[FOCUS_KEY] = optionKey(group.facet, option.id);
    const label = document.createElement('label');
    label.htmlFor = input.id;
    label.append(option.name, ' ');
    const count = document.createElement('span');
    count.className = 'search-facet__count';
    count.textContent = `(${option.count})`;
    label.append(count);
    item.append(input, label);
    list.append(item);
  });
  fieldset.append(legend, list);
  if (group.more > 0) {
    const more = document.createElement('p');
    more.className = 'search-facet__more';
    more.textContent = `and ${group.more} more; type a name to find one.`;
    fieldset.append(more);
  }
  return fieldset;
}

export function renderFacets(container: HTMLElement, groups: readonly FacetGroup[]): void {
  const focused =
    document.activeElement instanceof HTMLInputElement && container.contains(document.activeElement)
      ? document.activeElement.dataset[FOCUS_KEY]
      : undefined;
  container.replaceChildren(...groups.map(facetFieldset));
  if (focused) {
    const again = [...container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find(
      (input) => input.dataset[FOCUS_KEY] === focused,
    );
    again?.focus();
  }
}
