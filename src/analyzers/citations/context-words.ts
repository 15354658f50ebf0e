/**
 * The words that make a reporting context for an outlet's name (outlet-context.ts,
 * context-before.ts, context-after.ts): verbs after it, prepositions and verbs before it,
 * products and credits.
 */
import { wordSet } from "../word-set.js";

export const AFTER_VERBS = wordSet(
  "reported reports reporting said says saying wrote writes writing quoted quoting cited noted notes noting learned published confirmed revealed obtained broadcast aired tweeted found finds described detailed disclosed documented posted estimated observed first shows showed showing ruled rules rated checked pointed suggested concluded calculated projected predicted explained stated claimed alleged highlighted uncovered exposed acknowledged verified analyzed analysed counted tallied tracked surveyed interviewed asserted characterized adds told tells reveals reveal argues argued warns warned insists denied denies countered contends admits admitted concludes spoke talked added confirms declared featured discussed claims cites quotes states explains broke unearthed puts linked hypothesized hypothesised speculated theorized echoed examined rounded points discovered identified lists pegged ranks ranked",
);
// Between the name and its verb: "Politifact then ruled", "the Post has learned".
export const ADVERBS = wordSet(
  "has had have first also later earlier previously then recently originally initially exclusively separately subsequently further since now just already even",
);
export const NOT_SUBJECT = wordSet("of about against at with for toward towards");
// "A 2013 Washington Post report", "a new CNN poll", "Politifact's fact-check".
export const PRODUCTS = wordSet(
  "report reports reporting statement excerpt excerpts story stories investigation article analysis poll polls polling survey editorial interview piece exclusive average averages tally fact-check fact-checker data count estimate estimates video videos projection projections forecast model transcript footage documentary headline op-ed column segment findings review essay feature appearance profile exposé expose summary words",
);
export const PRODUCT_MODIFIERS = wordSet(
  "new national latest recent opinion rolling monthly quarterly tracking daily weekly exit online own exclusive special investigative state battleground post-debate annual nationwide statewide previous initial original first earlier long lengthy public",
);
export const MAKING = wordSet("did does conducted ran run runs published released issued has had");
export const DETERMINERS = wordSet("a an its the their");
// "told Fox News", "tells CNN": a medium is told, like a person (outlets.ts, learn-outlets.ts).
export const TOLD = wordSet("told tells telling");
// Between a name and "reported": "Politico first reported", "the Post has reported".
export const REPORT_ADVERBS = wordSet(
  "first also previously has had originally initially exclusively later earlier",
);
// "an essay for Vanity Fair", "an op-ed in the Post": the outlet that published the source.
export const WRITING = wordSet(
  "essay article piece column op-ed editorial interview commentary letter story report",
);
export const WRITING_VERBS = wordSet(
  "wrote writes written writing penned published reported reporting reports",
);
// A job at the outlet ("a reporter for USA Today reported"), not a biography ("X is a columnist for Y").
export const JOBS = wordSet("reporter correspondent columnist writer editor contributor");
export const BIOGRAPHY = wordSet("is was being");
export const IN_VERBS = wordSet("reported published appeared quoted cited printed ran profiled");
export const TO_SPEECH = wordSet(
  "admission admissions speaking spoke talking talked statement comments remarks letter released provided confirmed disclosed revealed explained admitted described said clear email e-mail message reiterated",
);
export const HANDED = wordSet(
  "revealed reveals sent sends provided provides gave gives handed leaked leaks disclosed confirmed explained described showed shown forwarded released",
);
export const WITH_SPEECH = wordSet(
  "interview interviews spoke speaking talked talking conversation conversations shared",
);
export const BEFORE = wordSet("told tell tells telling via per citing quoting cited consulted checked");
// "from" names a source after these ("a report from", "reprinted with permission from"), not
// after "a donation from".
export const FROM_AFTER = wordSet(
  "comes came statement statements according report reports reporting story article data figures footage video videos image images photo photos quote quotes excerpt permission reprinted republished adapted via interview piece analysis transcript question questions poll polls clip clips segment projection projections estimate estimates",
);
export const BY_PARTICIPLES = wordSet(
  "reached contacted reported obtained published cited quoted seen released broadcast aired reviewed first report story investigation written interviewed conducted commissioned compiled analysis poll survey counted tallied tracked estimated calculated revealed uncovered broken reports article articles piece statement told editorial column",
);
export const SPEECH = wordSet(
  "said says saying told appeared appearing appearance spoke speaking interview asked argued added claimed insisted criticized criticised blasted slammed praised stated talking talked discussing remarked commented agreed",
);
export const CREDIT = wordSet("photo photos image images picture credit source sources video courtesy צילום");
export const MONTHS = wordSet(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec",
);
export const RELATIVES = wordSet("which who that");
export const INVERTED = wordSet(
  "reported reports wrote writes noted notes added adds said says opined declared",
);
// "as highlighted by", "interviewed on the subject Thursday by"; not "a debate hosted by".
export const REPORTING_PARTICIPLES = wordSet(
  "highlighted outlined mentioned interviewed reported published released revealed obtained quoted cited noted detailed described documented exposed uncovered covered broken announced posted provided produced transcribed reviewed combed analyzed analysed compiled conducted commissioned tallied counted tracked estimated calculated approached contacted asked questioned confirmed disclosed aired broadcast shown flagged spotted pointed written authored penned distributed syndicated",
);
// "a CNN town hall", "the NBC/MSNBC forum": an event the outlet hosts.
export const HOSTED_EVENTS = wordSet("debate debates forum forums town event events summit");
// "according to Bill Gertz in the Washington Times", "according to sources close to ABC News"
export const AFTER_ACCORDING = wordSet("in at to with");
// "gave Fox News examples": the outlet as the receiver of what it then reports.
export const GAVE = wordSet("gave gives sent sends showed handed");
// "a caller to the Michael Savage radio show"
export const CALLERS = wordSet("caller callers call call-in");
// Writing as a career, not one piece: "who wrote opinion pieces for the Washington Post".
export const SERIES = wordSet("pieces articles columns essays op-eds editorials stories");
// A speaker named with the outlet as employer: "said MSNBC host Chris Matthews".
export const HOSTS = wordSet(
  "host hosts anchor anchors co-host commentator analyst contributor president chairman ceo founder executive moderator moderators",
);
// Working on a show is no source: "a host on the TV show", "offered analysis on ''Monday Night Baseball''".
export const SHOW_ROLES = wordSet(
  "host co-host hosts star stars contestant contestants producer judge analyst analysis commentary work worked working gig job stint role correspondent anchor guest-hosting hosting",
);
export const DAYS = wordSet(
  "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight",
);
// A clause between the name and its verb: "The Guardian, which ..., said", "Breitbart News, for one, noted".
export const CLAUSE_OPENERS = wordSet("which a an the for too in citing as however meanwhile");
// "BBC Brussels correspondent Adam Fleming said"
export const JOB_NOUNS = wordSet(
  "reporter reporters correspondent correspondents writer writers editor editors",
);
export const NAME_LIST = wordSet(", and in");
export const REPORTER_VERBS = wordSet(
  "contributed read reads discuss discusses discussed breaks asked pointed explaining",
);
export const QUOTE_MARKS = wordSet(`" “ ” ' ‘ ’`);
// Quotation marks that open and close a quoted name: "the ‘Stop Soros’ law", "the encyclical “Lumen Fidei”".
export const OPEN_QUOTES = wordSet(`‘ “ " '`);
export const CLOSE_QUOTES = wordSet(`’ ” " '`);
export const EPISODES = wordSet("episode edition issue broadcast segment installment instalment");
export const MEDIA_NOUNS = wordSet(
  "newspaper magazine tabloid broadcaster website outlet daily weekly newswire affiliate agency station channel site network",
);
export const PHRASE_STOPS = wordSet(
  "the a an to of by via per from told tell tells said says with for in on at according",
);
export const APOSTROPHES = wordSet("' ’");
// "a show on BBC-TV called Question Time", "a news organization called “The Local”"
export const MEDIUM_NOUNS = wordSet(
  "show programme program podcast newspaper paper magazine website site outlet organization organisation channel station network",
);
// "his conversations with Fox officials": people of the outlet, spoken with as persons.
export const OUTLET_PEOPLE = wordSet(
  "officials executives lawyers attorneys employees staffers spokesman spokeswoman spokesperson management",
);
// "Intellihub’s founder and editor-in-chief Shepard Ambellas pointed out"; not its host or anchor.
export const STAFF_ROLES = wordSet(
  "founder editor editor-in-chief reporter correspondent writer columnist publisher investigative senior chief",
);
// "news reported in outlets including ...", "polls conducted ... by news outlets such as ..."
export const OUTLET_PLURALS = wordSet(
  "outlets newspapers networks publications papers websites broadcasters magazines checkers fact-checkers",
);
export const CARRIED = wordSet(
  "reported conducted published cited quoted covered aired carried broadcast ran polls poll echoed repeated pointed found",
);
// "with RealClearPolitics giving her a lead": a verb only after "with".
export const WITH_ING = wordSet("giving putting");
// "The Wall Street Journal's deputy editorial page editor": a job, not the outlet's editorial.
export const ROLE_AFTER = wordSet("editor editors page writer writers director producer");
