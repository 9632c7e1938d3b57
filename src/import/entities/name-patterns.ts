/**
 * How English news writes names: regular-expression pieces shared by the people
 * and organization recognisers.
 */

/** One capitalised word of a name: "Li", "O'Brien", "Jean-Pierre", "McDonald", "Zúñiga". */
const WORD = "(?:al-|el-|bin-)?\\p{Lu}[\\p{Ll}\\p{Lu}'’-]*\\p{L}|\\p{Lu}\\.";
/** Particles that sit inside names: "Luiz Inácio Lula da Silva", "Ursula von der Leyen". */
const PARTICLE = "(?:da|de|del|der|di|dos|du|la|le|van|von|bin|ibn|al|el|y)";

/** A run of one to five name words (particles only between capitalised words). */
export const NAME_RUN = `(?:${WORD})(?:\\s(?:${PARTICLE}\\s)*(?:${WORD})){0,4}`;

/** Words that start sentences or are capitalised for other reasons than being names. */
export const NOT_NAME_WORDS = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'By', 'For', 'From', 'To', 'Of', 'And', 'But', 'Or', 'As', 'If',
  'He', 'She', 'It', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Its', 'Our', 'My', 'This', 'That',
  'These', 'Those', 'There', 'Here', 'When', 'While', 'After', 'Before', 'During', 'Since', 'According',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Mr', 'Mrs', 'Ms', 'Dr', 'Sir', 'God', 'Allah', 'Jesus', 'Christ', 'Internet',
  'Police', 'Officials', 'Government', 'Parliament', 'Congress', 'Senate', 'Court', 'Army', 'Navy',
  'President', 'Premier', 'Minister', 'Prime', 'Chancellor', 'Secretary', 'General', 'Governor', 'Mayor',
  'Senator', 'King', 'Queen', 'Prince', 'Princess', 'Pope', 'Judge', 'Justice', 'Chief', 'Deputy',
  'Vice', 'Foreign', 'Defence', 'Defense', 'Interior', 'Health', 'Finance', 'Spokesman', 'Spokeswoman',
  'Reuters', 'Xinhua', 'Wikinews', 'Twitter', 'Facebook', 'YouTube', 'Instagram', 'Covid', 'COVID',
  'Coronavirus', 'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central',
  'New', 'Old', 'Great', 'Saint', 'St', 'Mount', 'Lake', 'River', 'Republic', 'Democratic', 'Republican',
  'Liberal', 'Conservative', 'Labour', 'Labor', 'Party', 'Union', 'European', 'United', 'National',
  'International', 'Federal', 'State', 'Ministry', 'Department', 'Council', 'Committee', 'Commission',
  'Agency', 'University', 'College', 'School', 'Hospital', 'Airport', 'Station', 'Street', 'Road',
  'Square', 'Park', 'Bridge', 'Church', 'Times', 'Post', 'News', 'Daily', 'Journal', 'Tribune',
]);

/**
 * Titles and roles that precede a person's name: "Premier Li Qiang",
 * "General Secretary Xi Jinping", "reporter Rao Aimin", "Emergencies Minister Yevgeny Zinichev".
 */
export const TITLE_BEFORE_NAME = [
  'President', 'Vice President', 'Vice-President', 'Premier', 'Prime Minister', 'Minister', 'Chancellor',
  'Secretary', 'General Secretary', 'Secretary-General', 'Secretary General', 'Governor', 'Deputy Governor',
  'Lieutenant Governor', 'Mayor', 'Senator', 'Sen\\.', 'Rep\\.', 'Representative', 'Congressman',
  'Congresswoman', 'Speaker', 'King', 'Queen', 'Prince', 'Princess', 'Pope', 'Cardinal', 'Archbishop',
  'Bishop', 'Judge', 'Justice', 'Chief Justice', 'Ambassador', 'General', 'Gen\\.', 'Admiral', 'Colonel',
  'Col\\.', 'Major', 'Captain', 'Capt\\.', 'Lieutenant', 'Lt\\.', 'Sergeant', 'Sgt\\.', 'Commander',
  'Chairman', 'Chairwoman', 'Chair', 'Director', 'Director-General', 'Commissioner', 'Inspector',
  'Detective', 'Superintendent', 'Chief Executive', 'CEO', 'Dr\\.', 'Dr', 'Mr\\.', 'Mr', 'Mrs\\.', 'Mrs',
  'Ms\\.', 'Ms', 'Sir', 'Dame', 'Lord', 'Lady', 'Professor', 'Prof\\.', 'Sheikh', 'Ayatollah', 'Emir',
  'Crown Prince', 'Leader', 'Opposition leader', 'spokesman', 'spokeswoman', 'spokesperson',
  'reporter', 'correspondent', 'journalist', 'photographer', 'editor', 'author', 'writer', 'novelist',
  'actor', 'actress', 'singer', 'musician', 'rapper', 'director', 'producer', 'coach', 'manager',
  'striker', 'midfielder', 'defender', 'goalkeeper', 'player', 'driver', 'rider', 'cyclist', 'boxer',
  'golfer', 'captain', 'lawyer', 'attorney', 'prosecutor', 'economist', 'scientist', 'researcher',
  'professor', 'activist', 'candidate', 'founder', 'co-founder', 'chief executive', 'chairman', 'president',
  'minister', 'premier', 'senator', 'governor', 'mayor', 'leader', 'official', 'officer', 'ambassador',
  'envoy', 'dissident', 'blogger', 'astronaut', 'comedian', 'billionaire', 'businessman', 'businesswoman',
  'Deputy', 'Deputy Prime Minister', 'First Minister', 'Foreign Minister', 'Defence Minister',
  'Defense Secretary', 'Health Minister', 'Finance Minister', 'Interior Minister', 'Attorney General',
  'Secretary of State', 'President-elect', 'former President', 'ex-President',
  'engineer', 'chief engineer', 'analyst', 'chief economist', 'expert', 'doctor', 'surgeon', 'nurse',
  'teacher', 'farmer', 'villager', 'resident', 'student', 'lawmaker', 'legislator', 'councillor',
  'councilor', 'general manager', 'chairperson', 'principal', 'pilot', 'Taoiseach', 'Tánaiste',
];

/** Verbs of speech and action that follow or precede a name in reporting. */
export const SPEECH_VERBS = 'said|says|told|added|stated|announced|explained|noted|wrote|claimed|argued|warned|denied|confirmed|accompanied|insisted|replied|tweeted|testified|commented|admitted|acknowledged|urged|asked|responded';

/** Appositions that follow a person's name: "Li Qiang, member of …", "Jane Doe, 45,". */
export const APPOSITION_AFTER_NAME = "(?:a|an|the|who|whose|aged|age)\\b|\\d{1,3}\\s*[,)]|(?:member|head|leader|chairman|chairwoman|chairperson|chair|president|vice|deputy|secretary|minister|director|chief|spokesman|spokeswoman|spokesperson|founder|owner|professor|governor|mayor|senator|ambassador|CEO|executive|editor|author|former|son|daughter|wife|husband|mother|father|brother|sister|widow)\\b";
