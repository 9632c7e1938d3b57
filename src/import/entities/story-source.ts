/**
 * The wire service a story comes from ("Xinhua News Agency, Beijing, April 9.", "NAIROBI, May 4
 * (Reuters) —") is the story's source, which the archive records as such: named again in the
 * story ("Xinhua reported"), it is still the source, not an organization the story is about.
 */

const words = (name: string) =>
  name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .split(/[\s-]+/)
    .filter(Boolean);

/** "Xinhua" and "Xinhua News Agency", "Reuters" and "Thomson Reuters": one names the other. */
export function isStorySource(organization: string, source: string | undefined): boolean {
  if (!source) return false;
  const name = words(organization);
  const credit = words(source);
  if (name.length === 0 || credit.length === 0) return false;
  const [shorter, longer] = name.length <= credit.length ? [name, credit] : [credit, name];
  const startsWith = shorter.every((word, at) => longer[at] === word);
  const endsWith = shorter.every(
    (word, at) => longer[longer.length - shorter.length + at] === word,
  );
  return startsWith || endsWith;
}
