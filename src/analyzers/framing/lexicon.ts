/**
 * English word lists for us-versus-them framing: collective actors a text can talk about
 * without naming an entity, in-group markers, and epithets that label an out-group.
 */
const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Group nouns that become actors (lower-case, singular and plural as written). */
export const GROUPS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    globalists: "globalists",
    globalist: "globalists",
    elites: "elites",
    elite: "elites",
    establishment: "the establishment",
    west: "the West",
    western: "the West",
    media: "the media",
    left: "the left",
    leftists: "leftists",
    liberals: "liberals",
    conservatives: "conservatives",
    democrats: "Democrats",
    republicans: "Republicans",
    regime: "the regime",
    crusaders: "crusaders",
    infidels: "infidels",
    kuffar: "infidels",
    disbelievers: "disbelievers",
    apostates: "apostates",
    apostate: "apostates",
    zionists: "Zionists",
    occupiers: "occupiers",
    occupier: "occupiers",
    invaders: "invaders",
    traitors: "traitors",
    government: "the government",
    politicians: "politicians",
    bureaucrats: "bureaucrats",
    immigrants: "immigrants",
    migrants: "migrants",
    aliens: "illegal aliens",
    brothers: "brothers",
    sisters: "sisters",
    believers: "believers",
    ummah: "the ummah",
    mujahideen: "mujahideen",
    patriots: "patriots",
    comrades: "comrades",
    nation: "the nation",
    motherland: "the motherland",
    homeland: "the homeland",
    youth: "the youth",
    parents: "parents",
    cowards: "cowards",
    puppets: "puppets",
    rulers: "rulers",
    tyrants: "tyrants",
    nato: "NATO",
    brussels: "Brussels",
    washington: "Washington",
    kremlin: "the Kremlin",
    kyiv: "Kyiv",
  }),
);

/** Groups that a text addresses as its own. */
export const IN_GROUPS = set(
  "brothers sisters believers ummah mujahideen patriots comrades motherland homeland",
);

/** Epithets: attached to an actor, or as actors themselves, they label an out-group. */
export const EPITHETS = set(`
  traitors traitor traitorous cowards cowardly puppets puppet criminals criminal thugs thug terrorists
  terrorist invaders occupiers occupier apostates apostate infidels crusaders tyrants tyrant tyrannical
  corrupt evil enemies enemy scum vermin parasites liars lying globalist globalists elites regime
  murderers murderous butchers savages animals filth degenerate degenerates godless wicked treacherous
  fascists fascist nazis nazi communists communist radical radicals extremists extremist hateful
  illegal illegals
`);

/** Words that praise an actor the text sides with. */
export const PRAISE = set(`
  heroes hero brave noble martyrs martyr lions righteous faithful glorious honourable honorable valiant
  steadfast heroic beloved
`);

/** Words that blame ("X betrayed us", "X sold our borders"). */
export const BLAME = set(`
  betrayed betray betrays sold destroyed destroy destroys stole steal steals lied lie lies occupied
  invaded attacked murdered killed oppress oppressed oppresses robbed plundered enslaved humiliated
`);

export const OUR = set("our my");
