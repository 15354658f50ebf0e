/**
 * English word lists behind call-to-action detection. Only verbs that mobilise are
 * listed as imperatives: recipe, UI and household verbs (add, stir, click, select,
 * subscribe, download, try, avoid) are left out on purpose, which is what keeps
 * ordinary instructions from reading as calls.
 */
const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Imperatives that open a call ("Join ...", "Resist ...", "Slaughter ..."). */
export const IMPERATIVES = set(`
  join remember donate give share spread forward retweet repost fight rise stand resist defend protect kill
  strike attack burn slaughter slay destroy hang shoot behead march vote sign support boycott refuse reject
  stop wake demand pray love forgive hold unite obey arm mobilize mobilise organize organise rally enlist
  volunteer contribute chip tithe prepare train pledge reclaim avenge punish expose confront oppose
  sacrifice awaken act make call tell write contact be stay walk flood occupy seize liberate crush
  hunt wipe lynch bomb massacre exterminate annihilate take never don't
  keep insist build elect help speak save end impeach repeal ban defeat free get
  punch chop buy educate kick
`);

/** Verbs that open a refusal after "do not / don't / never". */
export const REFUSABLE = set(`
  accept give negotiate comply register surrender submit obey trust believe vote pay buy sit forget fear
  be let allow back repay get stop stay bow kneel yield retreat abandon betray sell support fund listen
  tolerate bend waver rest relent despair lose settle apologize apologise cooperate collaborate
  attempt approach travel bully harass threaten panic
`);

/** Nouns that name the audience: vocatives ("Brothers, ...") and collective subjects ("Patriots must ..."). */
export const ADDRESSEES = set(`
  brothers brother sisters sister patriots youth men women people friends friend readers comrades
  believers muslims christians americans parents citizens countrymen compatriots fellow lions mujahideen
  soldiers workers students ummah nation everyone everybody volunteers voters supporters members
  listeners viewers followers warriors children sons daughters faithful congregation neighbours neighbors
  folks ladies gentlemen brethren community church youths europeans whites blacks christendom all
  readers laity laymen
`);

/** Words of site furniture: a "Sign up for our newsletter" box is not mobilisation. */
export const SITE_FURNITURE = set(`
  newsletter newsletters inbox subscribe subscribing subscription subscriptions podcast app apps cookies
  notifications alerts journalism stories unsubscribe click preorder preordering signing poll commenting
`);

// "Obviously we need to ...": a sentence adverb before the call is skipped like "so".
export const DISCOURSE = set(
  "so and then now please but therefore thus today together come oh o yes obviously clearly frankly honestly however or also instead hey",
);
export const MODALS = set("must should need needs have has ought got");
export const BE_VIRTUES = set(`
  kind strong brave steadfast vigilant ready prepared patient generous united proud fearless merciful just
  loyal faithful firm alert courageous bold not afraid humble
`);
/** "we cannot give in", "you can't let them win". */
export const CANNOT = set("can't can’t cannot");
/** "we cannot let / allow / tolerate ...": a refusal framed as what may not be permitted. */
export const PERMIT = set("let allow accept tolerate permit");
/** "should be as upset as ...", "must be very careful", "be all united": a degree word before an attitude. */
export const DEGREE = set("as more very so even just equally all");
/** "Women everywhere should be furious", "voters should be aware": an attitude asked of a group. */
export const BE_ATTITUDES = set(
  "aware furious outraged angry alarmed concerned worried ashamed grateful wary careful skeptical sceptical cautious informed upset vigilant",
);
export const STAY_STATES = set(
  "focused strong vigilant united informed engaged alert firm steadfast true faithful",
);

export const DONATE = set(
  "donate donation donations contribute contribution contributions tithe zakat sadaqah wealth money funds generously",
);
export const SHARE = set("share spread forward retweet repost circulate");
export const JOIN = set("join enlist volunteer volunteers membership");
/**
 * "join me in praying for ...", "join us and the clergy in making acts of reparation": to do
 * something alongside the speaker asks for the deed (act), not membership of a group (join).
 */
export function joinInAt(lower: readonly string[], k: number, b: number): boolean {
  if (lower[k] !== "join" || (lower[k + 1] !== "me" && lower[k + 1] !== "us")) return false;
  for (let j = k + 2; j < Math.min(b - 1, k + 14); j++)
    if (lower[j] === "in") return lower[j + 1].length > 4 && lower[j + 1].endsWith("ing");
  return false;
}
export const BELIEVE = set("believe trust faith");
export const REFUSE = set("refuse reject boycott resist abandon");

/** Violence words; their verb reading is checked in calls.ts (a "strike" is not always a blow). */
export const VIOLENT = set(`
  kill slaughter slay behead massacre exterminate annihilate lynch bomb butcher stab murder execute
  shoot burn hang strike attack fight crush destroy avenge hunt punch chop
`);
/** Participles of killing: "they must be killed", "X should be hanged". */
export const KILLED = set(
  "killed slaughtered slain beheaded massacred exterminated annihilated lynched bombed butchered stabbed murdered executed shot hanged hung",
);
/** Objects after which "fight/strike/attack" reads as harm to people. */
export const HARM_OBJECTS = set(`
  them him her those the these every all their enemies enemy occupier occupiers infidels invaders crusaders
  soldiers kuffar apostates traitors police jews christians muslims in
`);
/** Phrases that call for harm without a violent verb ("make them pay"), matched as token sequences. */
export const VIOLENT_PHRASES: readonly string[][] = [
  "take up arms",
  "arm yourselves",
  "make them pay",
  "make them suffer",
  "make them bleed",
  "paid them a visit",
  "pay them a visit",
  "string them up",
  "wipe them out",
  "teach them a lesson",
  "kick them in",
  "kick him in",
  "kick her in",
  "take them out",
  "put them down",
  "drive them out",
  "no mercy",
  "make an example",
  "wage jihad",
  "jihad against",
  "by the sword",
  "day of the rope",
  "burn them to death",
  "throw them off",
  "cut their heads off",
  "cut off their heads",
].map((p) => p.split(" "));

/**
 * Groups of people an urge or a norm may address, beyond the vocative nouns: "urged tourists to",
 * "press companies to boycott", "American comedians need to". Officials and institutions are
 * not here: a demand on them is a third party's (OFFICIALS).
 */
export const GROUPS = new Set([
  ...ADDRESSEES,
  ...set(`
    public residents protesters protestors demonstrators fans activists republicans democrats
    conservatives liberals progressives participants migrants refugees crowd crowds audience
    listeners employees staff backers constituents americans britons brits europeans canadians
    australians tourists travelers travellers visitors passengers consumers customers shoppers
    users taxpayers families mothers fathers teachers comedians journalists writers artists
    celebrities athletes pastors priests bishops catholics jews evangelicals feminists nuns
    seminarians clergy disciples
    immigrants invaders companies businesses corporations sponsors advertisers everyone
    individuals iranians israelis palestinians iraqis syrians germans mexicans
    attendees parishioners congregants worshippers churchgoers audiences
  `),
]);

/** Whose duty a demand names when it is not the audience's: "urged health officials to ...". */
export const OFFICIALS = set(`
  official officials lawmakers legislators senators senator congressmen congresswomen congress
  representatives mps mp ministers minister government governments authorities authority agencies
  agency police officers judges judge courts court prosecutors administration department board
  committee council leaders leader president prime secretary mayor governor superdelegates
  delegates states countries nations allies regime health medical federal doctors nurses
  commission parliament ambassador diplomats
`);

/** Verbs of advice to the public that call only in an advisory ("If you ..., consult a doctor"). */
export const ADVISORY = set(`
  consult seek move avoid reconsider evacuate shelter report contact call exercise stay keep
`);

/**
 * Imperatives that mobilise only with certain next words: "take up/action", "call your/on",
 * "be kind/strong", "March on" (not "March 3"). Others need no gate.
 */
export const GATES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    take: "up action a back to them",
    make: "them your our",
    call: "your on upon",
    tell: "them your everyone the every our",
    write: "to your",
    give: "generously to what your now today back her him us",
    stand: "up with united firm together against by tall your our",
    hold: "fast firm firmly them accountable",
    stop: "the them this these their him her",
    vote: "for against no yes them out him her",
    love: "your one thy each the",
    rise: "up against",
    wake: "up",
    walk: "out",
    support: "your our the them this their my",
    defend: "your our the them this yourselves",
    protect: "your our the them this yourselves",
    sign: "the up our this",
    spread: "the this our",
    share: "this the our it their",
    pray: "for that to",
    prepare: "yourselves for your",
    train: "together yourselves your",
    march: "on to with for against",
    flood: "the their his her",
    hunt: "them down",
    expose: "them the",
    burn: "their the them down it his her",
    demand: "that the justice your an their",
    contact: "your them us",
    chip: "in",
    hang: "the them every all those him her",
    // "Attack specific policies": ideas as the object ask for argument, not harm.
    attack: "the them every all those him her their specific policies ideas arguments positions",
    arm: "yourselves yourself your",
    shoot: "the them every all those him her",
    sacrifice: "your for",
    organize: "your the now",
    rally: "behind around to for against together the your",
    organise: "your the now",
    act: "now today bravely boldly courageously decisively swiftly",
    // "Kick them out", "kick them in the shins"; not "kick off", "kick the habit".
    kick: "them him her",
    // Campaign imperatives, each with the objects that make it one ("Keep the faith", "Build the
    // wall"), not "Keep in mind", "Keep up the good work", "End of story". Chants ("Lock her up",
    // "Drain the swamp") are slogans, not calls (test-2), so their verbs are not listed.
    keep: "the fighting our pushing going faith",
    insist: "that on",
    build: "the that our",
    elect: "me us him her",
    help: "us our stop save end build",
    speak: "out up",
    save: "the our your us",
    end: "the this",
    impeach: "him her the",
    repeal: "the",
    ban: "the them",
    defeat: "the them him her",
    free: "the our",
    get: "involved informed active registered",
    buy: "it this copies",
    educate: "yourself yourselves those others people them everyone your",
    stay: "",
    be: "",
  }).map(([verb, next]) => [verb, set(next)]),
);

/** True when a phrase of VIOLENT_PHRASES starts at token k. */
export const violentPhraseAt = (lower: readonly string[], k: number): boolean =>
  VIOLENT_PHRASES.some((p) => p.every((t, j) => lower[k + j] === t));

// "wage war", "give them a war", "go to war against them"; not "the war on drugs".
const WAR_VERBS = set("wage waging declare give make start go");
/** True when token k is "war" made the object of a verb of starting one. */
export function warAt(lower: readonly string[], k: number): boolean {
  if (lower[k] !== "war" || (lower[k + 1] === "on" && !HARM_OBJECTS.has(lower[k + 2] ?? ""))) return false;
  for (let j = Math.max(0, k - 4); j < k; j++) if (WAR_VERBS.has(lower[j])) return true;
  return false;
}
