/**
 * Small hand-written cue lexicons. They give the models features that generalise past
 * the training vocabulary, and give people readable reasons ("emotive lexicon").
 * Each name is what `why` prints.
 */
const words = (s: string) => s.trim().split(/\s+/);

export const LEXICONS: Readonly<Record<string, readonly string[]>> = {
  emotive: words(`
    horrific horrible heinous evil vile disgusting outrageous shameful shocking despicable
    brutal barbaric savage monstrous sinister wicked corrupt disgraceful appalling atrocious
    terrible awful tragic cruel ruthless vicious hateful nasty pathetic ridiculous absurd
    insane crazy lunatic stupid idiotic dumb hysterical toxic poisonous filthy sick radical
    extremist fanatic treacherous traitor traitorous betrayal betray scandal scandalous
    outrage outraged furious rage hate hatred fear terror terrorist terrorized destroy destroyed
    destruction devastating devastated catastrophic catastrophe disaster disastrous chaos
    massacre slaughter bloodbath genocide war attack assault crisis plague infest
    hero heroic glorious noble brave great greatest beautiful wonderful amazing tremendous
    fake phony hoax sham lie lies liar lying deceit deceitful fraud fraudulent rigged witch
    hunt puppet thug thugs mob elite elites globalist regime tyranny tyrant dictator
    propaganda smear slander coverup cover-up collusion conspiracy bogus`),
  intensifier: words(`
    very extremely totally completely absolutely utterly entirely truly really incredibly
    highly deeply hugely massively enormously so such most least never always ever all
    every everyone everything nothing nobody none whatsoever indeed clearly obviously
    undeniably unprecedented unbelievable biggest worst best only literally`),
  hedge: words(`
    allegedly reportedly apparently supposedly seemingly perhaps maybe possibly probably
    might may could would claim claims claimed alleged purported so-called questionable
    doubt doubts doubtful suspect suspicious unclear unproven unverified whether why how`),
  authority: words(`
    according said says told stated expert experts scientist scientists professor doctor
    official officials study studies research report researchers analyst analysts agency
    spokesman spokeswoman spokesperson statement confirmed testified court judge
    pope president minister secretary director chief`),
  us: words("we us our ours ourselves"),
  them: words("they them their theirs themselves those these"),
  fear: words(`
    threat threats threaten threatening danger dangerous risk risks deadly kill killing
    killed die death deaths dying invade invasion invaders flood flooding collapse
    destroy ruin doom warning warn alarm alarming nightmare victims violence violent`),
  nation: words(`
    america american americans nation national patriot patriots patriotic country
    homeland flag freedom liberty constitution founding fathers sovereignty people
    citizens our heritage western christian`),
  causal: words(`
    because therefore thus hence cause causes caused consequently result resulted
    leads led due since so blame blamed responsible`),
  absolute: words(`
    either or only no other choice must always never all none everyone nobody whole
    entire every`),
  bandwagon: words(`
    everyone everybody millions majority most people public popular consensus join
    movement`),
  hitler: words(`
    hitler nazi nazis fascist fascists fascism stalin communist communists communism
    socialist marxist dictator totalitarian gestapo holocaust kkk racist racists`),
};

/** word -> lexicon names containing it, built once at module load. */
export const LEXICON_OF: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [name, list] of Object.entries(LEXICONS)) {
    for (const w of list) {
      const names = map.get(w) ?? [];
      if (!names.includes(name)) names.push(name);
      map.set(w, names);
    }
  }
  return map;
})();

export const QUOTES = new Set(['"', "“", "”", "«", "»", "„", "‘", "’", "'"]);
