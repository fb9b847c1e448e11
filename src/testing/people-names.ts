/**
 * Names of synthetic people (the `repeatShare` mode of `syntheticYear`), drawn with a
 * realistic spread: a few common names and a long tail of rare ones. The common names are
 * real and common (so no one is singled out); the tail is invented from syllables, so no
 * synthetic record reads as a real child. The shares are illustrative, shaped after the 2010
 * Census surname list (the 25 commonest names hold about 9 % of people) and the SSA
 * popular-names lists; they are data of the testing kit, not rules.
 * @module
 */
import type { Rng } from "./random.js";

// biome-ignore format: a word list reads better packed
const GIRLS = [
  "Emily", "Madison", "Emma", "Olivia", "Hannah", "Abigail", "Isabella", "Ashley", "Samantha",
  "Elizabeth", "Alexis", "Sarah", "Grace", "Alyssa", "Sophia", "Lauren", "Brianna", "Kayla",
  "Natalie", "Anna", "Jessica", "Taylor", "Chloe", "Hailey", "Ava", "Jasmine", "Sydney",
  "Victoria", "Ella", "Mia", "Morgan", "Julia", "Kaitlyn", "Rachel", "Katherine", "Megan",
  "Alexandra", "Jennifer", "Destiny", "Allison", "Savannah", "Mackenzie", "Brooke", "María",
  "Nicole", "Makayla", "Trinity", "Kimberly", "Margaret", "Rebecca", "Sofía", "Genesis",
  "Aaliyah", "Camila", "Nevaeh", "Daniela", "Valeria", "Guadalupe", "Patricia", "Christina",
];

// biome-ignore format: a word list reads better packed
const BOYS = [
  "Jacob", "Michael", "Joshua", "Matthew", "Ethan", "Andrew", "Daniel", "Anthony",
  "Christopher", "Joseph", "William", "Alexander", "Ryan", "David", "Nicholas", "Tyler",
  "James", "John", "Jonathan", "Nathan", "Samuel", "Christian", "Noah", "Dylan", "Benjamin",
  "Logan", "Brandon", "Gabriel", "Zachary", "José", "Elijah", "Ángel", "Kevin", "Jack",
  "Caleb", "Justin", "Austin", "Evan", "Robert", "Thomas", "Luis", "Juan", "Carlos", "Jesús",
  "Isaiah", "Jordan", "Jayden", "Malik", "Xavier", "Josiah", "Adrian", "Diego", "Miguel",
  "Richard", "Timothy", "Edward", "Steven", "Kenneth", "Marcus", "Terrell",
];

// biome-ignore format: a word list reads better packed
const TOP_FAMILY = [
  "Smith", "Johnson", "Williams", "Brown", "Jones", "García", "Miller", "Davis", "Rodríguez",
  "Martínez", "Hernández", "López", "González", "Wilson", "Anderson", "Thomas", "Taylor",
  "Moore", "Jackson", "Martin", "Lee", "Pérez", "Thompson", "White", "Harris",
];

// biome-ignore format: a word list reads better packed
const CLUSTERED_FAMILY = [
  "Sánchez", "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Cruz", "Reyes",
  "Morales", "Ortiz", "Gutiérrez", "Chávez", "Ramos", "Ruiz", "Álvarez", "Mendoza", "Castillo",
  "Jiménez", "Vásquez", "Romero", "Herrera", "Medina", "Aguilar", "Nguyen", "Kim", "Patel",
  "Tran", "Chen", "Pham",
];

// biome-ignore format: a word list reads better packed
const OTHER_FAMILY = [
  "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill",
  "Green", "Adams", "Nelson", "Baker", "Hall", "Campbell", "Mitchell", "Carter", "Roberts",
  "Phillips", "Evans", "Turner", "Parker", "Edwards", "Collins", "Stewart", "Morris", "Murphy",
  "Cook", "Rogers", "Morgan", "Cooper", "Peterson", "Bailey", "Reed", "Kelly", "Howard", "Cox",
  "Ward", "Richardson", "Watson", "Brooks", "Wood", "James", "Bennett", "Gray", "Hughes",
  "Price", "Sanders", "Myers", "Long", "Ross", "Foster", "Powell", "Jenkins", "Perry",
  "Russell", "Sullivan", "Bell", "Coleman", "Butler", "Henderson", "Barnes", "Fisher",
  "Simmons", "Jordan", "Patterson", "Alexander", "Hamilton", "Graham", "Reynolds", "Griffin",
  "Wallace", "West", "Cole", "Hayes", "Bryant", "Gibson", "Ellis", "Stevens", "Murray", "Ford",
  "Marshall", "Owens", "Harrison", "McDonald", "Woods", "Washington", "Kennedy", "Wells",
  "Henry", "Freeman", "Webb", "Tucker", "Burns", "Crawford", "Simpson", "Porter", "Hunter",
  "Gordon", "Shaw", "Snyder", "Mason", "Dixon", "Hunt", "Hicks", "Holmes", "Palmer", "Black",
  "Robertson", "Boyd", "Rose", "Stone", "Fox", "Warren", "Mills", "Meyer", "Rice", "Schmidt",
  "Daniels", "Ferguson", "Nichols", "Stephens", "Weaver", "Ryan", "Gardner", "Payne", "Grant",
  "Dunn", "Spencer", "Hawkins", "Arnold", "Pierce", "Hansen", "Peters", "Hart", "Bradley",
  "O'Brien", "O'Neill", "O'Connor", "D'Angelo", "De La Cruz", "Del Valle", "St. Louis",
  "Muñoz", "Peña", "Núñez",
];

// Syllables of invented names: combinations give thousands of distinct, rare names.
// biome-ignore format: a syllable table reads better packed
const FAMILY_A = [
  "Ab", "Bel", "Cor", "Dal", "Ev", "Fen", "Gar", "Hal", "Ist", "Jor", "Kel", "Lor", "Mar",
  "Nor", "Ost", "Pel", "Quen", "Ros", "Sal", "Tor", "Ul", "Val", "Wes", "Yar", "Zan", "Brom",
  "Cad", "Drex", "Fal", "Grel",
];
// biome-ignore format: a syllable table reads better packed
const FAMILY_B = [
  "", "a", "e", "i", "o", "an", "en", "in", "on", "ar", "er", "or", "ab", "el", "il", "ov",
  "ash", "ing", "und", "ett", "ad", "us", "im", "ol", "ur",
];
// biome-ignore format: a syllable table reads better packed
const FAMILY_C = [
  "ford", "wick", "ston", "ley", "ton", "berg", "mann", "ez", "ski", "vich", "ard", "ini",
  "elli", "son", "dale", "worth", "more", "ridge", "stein", "ado", "ova", "escu", "ian",
  "opoulos", "ek", "by", "croft", "field", "holm", "ley", "man", "ner", "nik", "quist",
  "rud", "sen", "tz", "uk", "vey", "well",
];
// biome-ignore format: a syllable table reads better packed
const GIVEN_A = [
  "Ka", "Ja", "Ma", "Da", "Bri", "Ty", "Ny", "Ze", "Ar", "Lu", "Re", "Sha", "Ke", "De", "Jo",
  "Ra", "Ta", "Ca", "Sa", "La", "Mi", "Ni", "Ri", "Ti", "Vi",
];
// biome-ignore format: a syllable table reads better packed
const GIVEN_B = ["", "ri", "la", "ny", "de", "mo", "li", "ra", "ve", "na"];
const GIRL_END = ["a", "ah", "elle", "ia", "ynn", "isha", "ee", "ona", "ette", "ara"];
const BOY_END = ["on", "en", "ius", "ell", "o", "an", "ier", "ard", "us", "ik"];

/**
 * An index in 0…n−1 with weight ∝ 1/(index + c): inverse of the continuous CDF, O(1).
 * Small `c` makes a steep head, large `c` a flat one.
 */
function zipfIndex(rng: Rng, n: number, c: number): number {
  const r = c * ((n + c) / c) ** rng.next() - c;
  return Math.min(n - 1, Math.floor(r));
}

function invented(rng: Rng, parts: readonly (readonly string[])[], c: number): string {
  const sizes = parts.map((p) => p.length);
  let index = zipfIndex(
    rng,
    sizes.reduce((a, b) => a * b, 1),
    c,
  );
  let name = "";
  for (let k = parts.length - 1; k >= 0; k--) {
    const size = sizes[k] as number;
    name = (parts[k]?.[index % size] ?? "") + name;
    index = Math.floor(index / size);
  }
  return name;
}

/**
 * A given name for a child of `sex`: half from the common names (steep), half invented.
 * @example `givenName(rng, "F"); // "Isabella", or an invented "Kariah"`
 * @internal
 */
export function givenName(rng: Rng, sex: "M" | "F"): string {
  const list = sex === "F" ? GIRLS : BOYS;
  if (rng.chance(0.5)) return list[zipfIndex(rng, list.length, 8)] as string;
  return invented(rng, [GIVEN_A, GIVEN_B, sex === "F" ? GIRL_END : BOY_END], 100);
}

/**
 * A family name: 10 % the commonest 25 (steep), 8 % surnames common in Hispanic and Asian
 * communities, 17 % other real surnames, 65 % a long tail of about 30,000 invented ones.
 * @example `familyName(rng); // "Smith", "Ramírez", "O'Brien" or "Korvanley"`
 * @internal
 */
export function familyName(rng: Rng): string {
  const r = rng.next();
  if (r < 0.1) return TOP_FAMILY[zipfIndex(rng, TOP_FAMILY.length, 3)] as string;
  if (r < 0.18) return rng.pick(CLUSTERED_FAMILY);
  if (r < 0.35) return OTHER_FAMILY[zipfIndex(rng, OTHER_FAMILY.length, 30)] as string;
  return invented(rng, [FAMILY_A, FAMILY_B, FAMILY_C], 500);
}

/**
 * A hyphenated family name of two Hispanic surnames ("García-Torres").
 * @example `compoundFamilyName(rng); // "Ramírez-Cruz"`
 * @internal
 */
export function compoundFamilyName(rng: Rng): string {
  const first = rng.pick([...TOP_FAMILY.slice(5, 13), ...CLUSTERED_FAMILY.slice(0, 24)]);
  let second = rng.pick(CLUSTERED_FAMILY.slice(0, 24));
  if (second === first) second = "Cruz" === first ? "Reyes" : "Cruz";
  return `${first}-${second}`;
}
