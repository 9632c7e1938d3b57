/**
 * Van the province and Van its seat, Yala and Yala: the gazetteer makes one place of a region
 * and its seat of the same name (gazetteer.ts), a city by default, as a dateline or a bare
 * mention means the town. Whether the registry files it as the region or the city is the
 * stories' to say: each story votes for the area where it writes the name as one ("Van
 * province", "the province of Yala", "the provinces Narathiwat, Pattani and Yala") and for the
 * town otherwise ("the city of Taitung", "in Ulaanbaatar").
 */
import type { GazetteerPlace, PlaceKind } from '../../lib/entities/gazetteer';

/**
 * A region and its seat of the same name, one place: Van, Yala, Ulaanbaatar; or a borough or
 * province one entry with its town, which alone of regions has a population (Liverpool, Cork).
 */
export const isRegionSeat = (place: GazetteerPlace) =>
  (place.kind === 'city' && place.region === place.name) ||
  (place.kind === 'region' && place.population > 0);

/**
 * "the three southernmost provinces, Pattani, Narathiwat and Yala", "four districts in Talas
 * Province, and one in Naryn": a plural area word, or another area named as one, earlier in
 * the sentence.
 */
export function isInListOfAreas(text: string, start: number): boolean {
  const sentence = /[^.!?\n]*$/u.exec(text.slice(Math.max(0, start - 120), start))?.[0] ?? '';
  return (
    /\b(?:provinces|states|regions|prefectures|governorates|counties|cantons)\b/u.test(sentence) ||
    /\p{Lu}\p{L}+ (?:Province|Region|Oblast|Prefecture|Governorate|Canton)\b/u.test(sentence)
  );
}

export class PlaceLevelVotes {
  private readonly areaStories = new Map<string, number>();
  private readonly townStories = new Map<string, number>();

  /** One story's reading of each region seat it tags: as the area anywhere, else as the town. */
  addStory(areas: Iterable<string>, towns: Iterable<string>): void {
    const asArea = new Set(areas);
    for (const id of asArea) increment(this.areaStories, id);
    for (const id of new Set(towns)) if (!asArea.has(id)) increment(this.townStories, id);
  }

  /** The kind the registry files a place under: a region seat most stories write as the area is the region. */
  kindOf(place: GazetteerPlace): PlaceKind {
    if (!isRegionSeat(place)) return place.kind;
    const areas = this.areaStories.get(place.id) ?? 0;
    return areas > (this.townStories.get(place.id) ?? 0) ? 'region' : 'city';
  }
}

function increment(counts: Map<string, number>, id: string): void {
  counts.set(id, (counts.get(id) ?? 0) + 1);
}
