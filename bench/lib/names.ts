/**
 * Varied, repeatable people's names for the benchmark enterprise: first names, optional Dutch
 * prefixes and surnames drawn by a seeded generator, so every run sorts the same data.
 */
const FIRST = (
  'Anna,Bram,Charlotte,Daan,Emma,Finn,Greta,Hugo,Iris,Jesse,Julia,Kees,Lotte,Lucas,Maud,' +
  'Milan,Noor,Olaf,Pien,Quinten,Roos,Sem,Sanne,Thijs,Tess,Uma,Vera,Wouter,Xander,Yara,Zoë,' +
  'Ahmed,Fatima,Mohamed,Priya,Chen,Élodie,Jürgen,Søren,Ines,Luuk,Fleur,Gijs,Sophie,Ruben,Eva,' +
  'Mees,Liv,Jan,Marieke'
).split(',');
const PREFIX = ['', '', '', '', 'van ', 'de ', 'van der ', 'van den ', 'ter ', "'t "];
const LAST = (
  'Jansen,Bakker,Visser,Smit,Meijer,Mulder,Bos,Vos,Peters,Hendriks,Dekker,Brouwer,Dijkstra,' +
  'Koster,Prins,Huisman,Veenstra,Kok,Jacobs,Vermeulen,Schouten,Willems,Hoekstra,Kramer,Post,' +
  'Kuipers,Berg,Linden,Wal,Boer,Graaf,Heuvel,Leeuwen,Wijk,Yilmaz,El Amrani,Öztürk,Nguyen,' +
  'Santos,Kowalski,Ålund,Zwart,Achterberg,Oosterhuis,Groen,Wit,Hoek,Steen,Dam,Maas'
).split(',');

/** A small deterministic generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Person = { name: string; emailLocal: string };

export function people(count: number, seed = 20_260_101): Person[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const result: Person[] = [];
  for (let i = 0; i < count; i++) {
    const first = pick(FIRST);
    const prefix = pick(PREFIX);
    const last = pick(LAST);
    // Upper and lower case starts, so that the case-insensitive sort matters.
    const surname = random() < 0.1 ? `${prefix}${last}`.toUpperCase() : `${prefix}${last}`;
    const local = `${first}.${prefix}${last}`
      .normalize('NFD')
      .replace(/[^A-Za-z.]/g, '')
      .toLowerCase();
    result.push({ name: `${first} ${surname}`, emailLocal: `${local}.${i + 1}` });
  }
  return result;
}
