/**
 * Hand-written gazetteers for the entity tagger and the role/alias rules. They are features
 * and hints, not the final word: the learned tagger decides, these help it on names the
 * news training text rarely shows (Central Asian officials, Arabic transliterations).
 */

const words = (s: string): string[] =>
  s
    .trim()
    .split(/\s*\|\s*|\s*\n\s*/)
    .filter(Boolean);

/** Countries and well-known regions with their aliases; the first form is the canonical name. */
export const PLACE_ALIASES: readonly string[][] = [
  ["United States", "US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
  ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"],
  ["Russia", "Russian Federation"],
  ["European Union", "EU", "E.U."],
  ["United Arab Emirates", "UAE"],
  ["Democratic Republic of the Congo", "DRC"],
  ["North Korea", "DPRK"],
  ["South Korea", "Republic of Korea"],
  ["China", "People's Republic of China", "PRC"],
  ["Iran", "Islamic Republic of Iran"],
  ["Syria", "Syrian Arab Republic"],
  ["Netherlands", "Holland"],
  ["Czech Republic", "Czechia"],
  ["Ivory Coast", "Côte d'Ivoire"],
];

export const COUNTRIES = new Set(
  words(`afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan|
  bahrain|bangladesh|belarus|belgium|benin|bolivia|bosnia|botswana|brazil|bulgaria|burkina|burundi|
  cambodia|cameroon|canada|chad|chile|china|colombia|congo|croatia|cuba|cyprus|czechia|denmark|djibouti|
  ecuador|egypt|eritrea|estonia|ethiopia|finland|france|gabon|gambia|georgia|germany|ghana|greece|
  guatemala|guinea|haiti|honduras|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|jamaica|
  japan|jordan|kazakhstan|kenya|korea|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|libya|lithuania|
  luxembourg|macedonia|madagascar|malawi|malaysia|mali|malta|mauritania|mexico|moldova|mongolia|montenegro|
  morocco|mozambique|myanmar|namibia|nepal|netherlands|nicaragua|niger|nigeria|norway|oman|pakistan|
  palestine|panama|paraguay|peru|philippines|poland|portugal|qatar|romania|russia|rwanda|senegal|serbia|
  singapore|slovakia|slovenia|somalia|spain|sudan|sweden|switzerland|syria|taiwan|tajikistan|tanzania|
  thailand|tunisia|turkey|turkmenistan|uganda|ukraine|uruguay|uzbekistan|venezuela|vietnam|yemen|zambia|
  zimbabwe|america|britain|england|scotland|wales|crimea|donbas|chechnya|gaza|kashmir|tibet|xinjiang|
  europe|asia|africa|caucasus|balkans|kurdistan|sahel|levant`),
);

export const CITIES = new Set(
  words(`moscow|kyiv|kiev|minsk|astana|almaty|tashkent|bishkek|dushanbe|ashgabat|baku|tbilisi|yerevan|
  beijing|shanghai|tokyo|seoul|pyongyang|delhi|mumbai|karachi|islamabad|kabul|tehran|baghdad|damascus|
  aleppo|beirut|amman|riyadh|mecca|medina|doha|dubai|cairo|jerusalem|tel|ankara|istanbul|athens|rome|
  paris|london|berlin|madrid|lisbon|brussels|vienna|warsaw|prague|budapest|bucharest|sofia|belgrade|
  stockholm|oslo|helsinki|copenhagen|washington|york|chicago|boston|philadelphia|ohio|texas|florida|
  california|virginia|iowa|michigan|pennsylvania|wisconsin|nevada|arizona|carolina|geneva|strasbourg|
  the hague|mosul|raqqa|idlib|tripoli|khartoum|nairobi|lagos|sevastopol|donetsk|luhansk|kharkiv|odesa|mariupol`),
);

/** Nationality and group adjectives, tagged MISC by the CoreNLP convention. */
export const DEMONYMS = new Set(
  words(`american|british|english|russian|ukrainian|chinese|german|french|italian|spanish|polish|turkish|
  iranian|iraqi|syrian|israeli|palestinian|arab|saudi|egyptian|kazakh|uzbek|kyrgyz|tajik|turkmen|afghan|
  pakistani|indian|japanese|korean|european|african|asian|muslim|christian|jewish|catholic|orthodox|
  sunni|shia|shiite|kurdish|belarusian|georgian|armenian|azerbaijani|canadian|mexican|cuban|venezuelan|
  democrat|democratic|republican|islamic|western|soviet|latino|hispanic|mexican`),
);

/** Titles and offices that precede or describe a person; the source of `roles`. */
export const TITLES = new Set(
  words(`president|vice|prime|minister|chancellor|secretary|senator|sen.|rep.|representative|governor|gov.|
  mayor|ambassador|envoy|spokesman|spokeswoman|spokesperson|director|chairman|chairwoman|chair|head|chief|
  general|gen.|colonel|col.|commander|admiral|king|queen|prince|princess|sheikh|emir|imam|ayatollah|mullah|
  pope|patriarch|bishop|rabbi|judge|justice|attorney|prosecutor|speaker|leader|founder|ceo|deputy|
  adviser|advisor|aide|official|officer|diplomat|premier|lawmaker|congressman|congresswoman|candidate|
  nominee|professor|prof.|dr.|dr|mr.|mr|mrs.|mrs|ms.|ms|sir|lord|lady|president-elect|correspondent|
  reporter|editor|analyst|commissioner|inspector|sergeant|sgt.|captain|lieutenant|lt.|major|marshal|
  activist|economist|expert|researcher|strategist|pollster|manager|coordinator|representative|delegate`),
);

/** Honorifics that are not roles worth listing on their own. */
export const HONORIFICS = new Set(words("mr|mr.|mrs|mrs.|ms|ms.|sir|dr|dr.|prof|prof.|lady|lord"));

/** Words that make a capitalised phrase an organisation. */
export const ORG_WORDS = new Set(
  words(`ministry|department|agency|committee|council|party|union|organization|organisation|association|
  institute|university|college|bank|fund|corporation|corp|corp.|inc|inc.|company|group|network|news|
  times|post|journal|press|tass|interfax|reuters|ria|novosti|xinhua|sputnik|army|forces|navy|police|
  parliament|congress|senate|duma|assembly|commission|court|office|bureau|service|federation|front|
  brigade|movement|campaign|foundation|center|centre|administration|government|cabinet|kremlin|
  pentagon|nato|un|eu|fbi|cia|kgb|fsb|isis|isil|hamas|hezbollah|taliban|al-qaeda|board|authority`),
);

/** News organisations and agencies: a statement reported by one comes "via" it. */
export const OUTLET_WORDS = new Set(
  words(`agency|news|newspaper|channel|tv|television|radio|outlet|daily|times|post|journal|gazette|
  tribune|herald|telegraph|reuters|interfax|tass|ria|novosti|xinhua|sputnik|afp|ap|bbc|cnn|rt|
  al-jazeera|aljazeera|fox|msnbc|nbc|cbs|abc|politico|breitbart|bloomberg|izvestia|kommersant|
  pravda|kazinform|trend|anadolu|irna|sana|wafa|yonhap|kyodo|website|magazine|press|broadcaster`),
);

/** Given names and surnames frequent in international news (incl. transliterations): a PERSON hint. */
export const NAME_HINTS = new Set(
  words(`john|james|robert|michael|william|david|richard|joseph|thomas|charles|donald|hillary|barack|joe|
  bernie|ted|marco|jeb|mike|chris|paul|mitt|newt|nancy|elizabeth|mary|sarah|anna|maria|olga|elena|
  tatiana|natalia|irina|svetlana|vladimir|dmitry|dmitri|sergei|sergey|alexei|alexey|alexander|andrei|
  nikolai|mikhail|igor|yuri|boris|ivan|oleg|viktor|maria|volodymyr|petro|yulia|askar|kassym-jomart|
  kassym|nursultan|shavkat|islam|emomali|sadyr|gurbanguly|serdar|ilham|recep|tayyip|mohammed|muhammad|
  mohamed|ahmed|ahmad|ali|hassan|hussein|hosni|abdullah|abdel|abd|omar|umar|osama|bashar|hafez|khalid|
  khaled|ibrahim|yusuf|youssef|mahmoud|mahmud|ayman|abu|bin|recep|benjamin|angela|olaf|emmanuel|boris|
  theresa|antony|anthony|jens|xi|li|kim|narendra|imran|nawaz|justin|jacinda|scott|ursula|charles|
  abdulaziz|salman|tamim|hamad|sultan|fatima|aisha|zainab|leila|layla|rustam|timur|bakhyt|erlan|
  daniyar|marat|ruslan|ramzan|akhmad|zelimkhan|nazarbayev|lavrov|putin|shoigu|peskov|zakharova`),
);
