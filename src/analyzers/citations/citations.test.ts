import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createDocument } from "../../document/document.js";
import { checkSpans } from "../../document/invariant.js";
import type { Annotation } from "../../document/types.js";
import { createPipeline } from "../pipeline.js";
import type { AnalyzerSpec } from "../types.js";
import { citationsAnalyzer } from "./index.js";

// Upstream analyzers are replaced by hand-built outputs in these tests, so dependencies are dropped.
const standalone = (spec: AnalyzerSpec): AnalyzerSpec => ({ ...spec, after: [] });

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const analyze = citationsAnalyzer.create();
const citationsIn = (text: string, upstream = {}) => analyze(createDocument({ text }), upstream).annotations;
const refs = (cs: Annotation[]) => cs.map((c) => `${c.label}:${c.ref}`);

describe("citations analyzer", () => {
  it("normalises Qur'an, Bible and hadith references in the forms writers use", () => {
    const cs = citationsIn(fixture("scripture.txt"));
    expect(refs(cs)).toEqual([
      "scripture:Quran 2:153",
      "scripture:Quran 3:159",
      "hadith:Sahih Muslim 2593",
      "scripture:Bible 2 Timothy 2:24",
      "scripture:Bible Psalms 23:1",
      "scripture:Quran 39:53",
    ]);
  });

  it("finds unlisted outlets where only a publication can stand, and the affiliate rather than its network", () => {
    const text =
      "As Ann Lee reported for Intellihub, the tape is real. It read a report in The Daily Sheeple. " +
      "Clyburn told the Final Call, a Nation of Islam publication, that he was fine. " +
      "It was, according to ABC affiliate WFAA. This report was originally published by Tyler Durden at Zero Hedge. " +
      "Trump pulled out of an NBC/Telemundo debate. He asked for a donation from Fox. Statement from CNN: we sued.";
    expect(citationsIn(text).map((c) => c.text)).toEqual([
      "Intellihub",
      "Daily Sheeple",
      "Final Call",
      "WFAA",
      "Zero Hedge",
      "CNN",
    ]);
  });

  it("reads inverted attributions, relative clauses and tweet credits, not 'Capitol Hill'", () => {
    const text =
      "It is “roughly the same,” reported Reuters. He gave them to the AP, which first reported the story. " +
      "— The Associated Press (@AP) August 8, 2018\nDemocrats on Capitol Hill, who have argued for it, agreed.";
    expect(citationsIn(text).map((c) => c.ref)).toEqual(["Reuters", "AP", "AP"]);
  });

  it("reads reporting participles before 'by', station call letters, capitals in a dateline and glued URLs", () => {
    const text =
      "LAS VEGAS (INTELLIHUB) — New footage. As highlighted by The Daily Sheeple, the guard was hit. " +
      "He was interviewed on Thursday by the Chicago Tribune. A debate hosted by Fox went on. " +
      "He told WOAI that his hair was pulled, according to KENS 5. KEEP CALM AND WAIT. " +
      "Fraser said during an episode of the BBC’s Sky at Night show. See plausiblehttps://t.co/CQF3MZLHaN now.";
    expect(citationsIn(text).map((c) => [c.label, c.text])).toEqual([
      ["agency", "INTELLIHUB"],
      ["agency", "Daily Sheeple"],
      ["agency", "Chicago Tribune"],
      ["agency", "WOAI"],
      ["agency", "KENS 5"],
      ["agency", "BBC’s Sky at Night"],
      ["url", "https://t.co/CQF3MZLHaN"],
    ]);
  });

  it("reads hat tips and 'said to X', and takes no document from a Title Case headline", () => {
    const text =
      "Clinton Accused Of Shocking Act With Bible In Fit Of Rage.\n\nSaucier said to Fox News that it hurt. " +
      "(h/t RCP Video.) The Affordable Care Act passed.";
    expect(citationsIn(text).map((c) => `${c.label}:${c.ref}`)).toEqual([
      "agency:Fox News",
      "agency:RealClearPolitics",
      "document:Affordable Care Act",
    ]);
  });

  it("reads a syndication footer: the outlet alone on its line, '©2018 The X', 'Distributed by X'", () => {
    const text =
      "The ruling came late.\n— Johnny Edwards\nThe Atlanta Journal-Constitution\n———\n" +
      "©2018 The Atlanta Journal-Constitution (Atlanta, Ga.), Distributed by Tribune Content Agency, LLC.\n";
    expect(citationsIn(text).map((c) => c.text)).toEqual([
      "Atlanta Journal-Constitution",
      "Atlanta Journal-Constitution",
      "Tribune Content Agency",
    ]);
  });

  it("takes a named bill as a document but not the first name Bill", () => {
    const cs = citationsIn(
      "MPs vote on the Finance Bill today. President Bill Clinton and Mayor Bill de Blasio spoke. Thanks, Bill. The court upheld HB-2 and H.R. 1, not 5 HB.",
    );
    expect(cs.map((c) => [c.label, c.text])).toEqual([
      ["document", "Finance Bill"],
      ["document", "HB-2"],
      ["document", "H.R. 1"],
    ]);
  });

  it("keeps sentence-opening words out of document names", () => {
    const cs = citationsIn(
      "Did the Minsk agreements bring peace? Every agreement was broken. Did the Dayton Accords hold?",
    );
    expect(cs.map((c) => [c.label, c.text])).toEqual([
      ["document", "Minsk agreements"],
      ["document", "Dayton Accords"],
    ]);
  });

  it("links the quoted passage next to a reference, before or after it", () => {
    const cs = citationsIn(fixture("scripture.txt"));
    expect((cs[0].passage as { text: string }).text).toBe("Indeed, Allah is with the patient");
    expect((cs[4].passage as { text: string }).text).toBe("The Lord is my shepherd.");
    expect(cs[1].passage).toBeUndefined();
  });

  it("takes agencies only where they are the origin of information, and documents and URLs", () => {
    const cs = citationsIn(fixture("news.txt"));
    expect(refs(cs)).toEqual([
      "agency:Reuters",
      "agency:Al Jazeera",
      "agency:AFP",
      "document:UNSC Resolution 2254",
      "document:Minsk agreements",
      "document:Human Rights Watch report",
      "url:hrw.example",
    ]);
    // "Critics of CNN" names CNN as a target, not a source; "6:30" is a time, not a verse.
    expect(cs.some((c) => c.text === "CNN")).toBe(false);
  });

  it("finds outlets off the list and in more reporting contexts, but not names outside one", () => {
    const cs = citationsIn(fixture("outlets.txt"));
    expect(cs.map((c) => [c.ref, c.text])).toEqual([
      ["PolitiFact", "Politifact"], // title "Politifact: ..."
      ["PolitiFact", "Politifact"], // "did a fact-check"
      ["The Washington Post", "Washington Post"], // "a new Washington Post-ABC News national poll"
      ["ABC News", "ABC News"],
      ["RealClearPolitics", "RealClearPolitics"], // "with RealClearPolitics showing"
      ["HuffPollster", "HuffPollster"], // "..., HuffPollster 4.3 points"
      ["FiveThirtyEight", "FiveThirtyEight"],
      ["The House", "The House"], // "an interview for The House magazine"
      ["Trice Edney News Wire", "Trice Edney News Wire"], // unlisted, by its head word
      ["State of the Union", "CNN’s “State of the Union”"], // a programme after its network
      ["Face the Nation", "CBS News’ “Face the Nation”"], // plural possessive, in a list after "told"
      ["TT", "TT"], // "told news agency TT"
      ["Vanity Fair", "Vanity Fair"], // "an essay she wrote in February for"
      ["PolitiFact", "Politifact"], // "then ruled"
      ["Reuters", "Reuters"], // "Photo: Reuters"
      ["Variety", "Variety"], // "According to Variety, CNN has ..." leaves CNN out
    ]);
    // White House, Trump Tower, Fox hunting, Critics of CNN, the White House Press Office,
    // BREAKING NEWS, Times Square, the Sun, a biography's "columnist for", a byline.
    const negatives = fixture("outlets.txt").indexOf("The White House said");
    expect(cs.filter((c) => c.start > negatives).map((c) => c.text)).toEqual(["Variety"]);
  });

  it("reads bare [n:m] as the Qur'an only in a text about it", () => {
    expect(citationsIn("The score stood at [2:1] after the break.")).toEqual([]);
    expect(refs(citationsIn("Allah says in [2:255] that He never sleeps."))).toEqual([
      "scripture:Quran 2:255",
    ]);
  });

  it("links an agency to the upstream attribution it introduces", () => {
    const text = "According to Reuters, the talks failed.";
    const attribution: Annotation = {
      type: "attribution",
      label: "indirect",
      start: 0,
      end: text.length - 1,
      text: text.slice(0, -1),
      source: null,
      cue: { start: 0, end: 12, text: "According to" },
      content: { start: 22, end: text.length - 1, text: text.slice(22, -1) },
      direct: false,
      entity: null,
      via: { name: "Reuters", entity: null, start: 13, end: 20, text: "Reuters" },
      why: ["test"],
    };
    const linked = citationsIn(text, { attributions: { annotations: [attribution] } });
    expect(linked[0]).toMatchObject({ label: "agency", ref: "Reuters", attribution: 0 });
    expect(citationsIn(text)[0].attribution).toBeUndefined();
  });

  it("reads an unlisted name the document shows to be an outlet like a listed one", () => {
    const text =
      "Quillette editor Ann Roe wrote about it. Later, Quillette reported that the plan had failed. " +
      "A study published in Nature Astronomy found a trace. " +
      "White House correspondent Jim Poe asked twice. The White House said no. He told the White House so. " +
      "A Morning Consult host spoke. According to Morning Consult, a Morning Consult poll showed it.";
    expect(citationsIn(text).map((c) => [c.text, c.why?.[0]])).toEqual([
      ["Quillette", "its editor 'wrote' (a name this text shows to be an outlet)"],
      ["Quillette", "'reported' after the name (a name this text shows to be an outlet)"],
      ["Nature Astronomy", "'found' after the name (a name this text shows to be an outlet)"],
    ]);
  });

  it("reads names learned by distant supervision (models/citations/outlets.json) like listed ones", () => {
    expect(citationsIn("A source close to him told TheDCNF on Monday.").map((c) => c.ref)).toEqual([
      "TheDCNF",
    ]);
  });

  it("cites a programme, with its network's possessive in the span, not the network alone", () => {
    const text =
      "Pence said on CNN's “State of the Union” that it was over. On “Face the Nation,” Sanders disagreed. " +
      "Graham said on MSNBC's Morning Joe it was early. She told NBC in an interview on the 'Today' show. " +
      "He got a job on “Today.” Today, the senator spoke. A caller to the Tom Roe radio show said so.";
    expect(citationsIn(text).map((c) => [c.ref, c.text])).toEqual([
      ["State of the Union", "CNN's “State of the Union”"],
      ["Face the Nation", "Face the Nation"],
      ["Morning Joe", "MSNBC's Morning Joe"],
      ["NBC News", "NBC"],
      ["Today", "Today"],
      ["Tom Roe radio show", "Tom Roe radio show"],
    ]);
  });

  it("reads verbs past a clause, a date or a second name, and journalists of the outlet", () => {
    const text =
      "The Guardian, which did not name its sources, said it was so. The Times on Saturday wrote that it held. " +
      "BBC Brussels correspondent Ann Lee said talks failed. Polls from Quinnipiac and Fox News showed a tie. " +
      "It was stated on CNN, MSNBC and Fox News. According to Bill Roe in the Washington Times, it was true. " +
      "Michael Bloomberg, who owns a company, said no. Ann Roe, who wrote opinion pieces for the Washington Post, died.";
    expect(citationsIn(text).map((c) => c.text)).toEqual([
      "Guardian",
      "Times",
      "BBC",
      "Fox News",
      "CNN",
      "MSNBC",
      "Fox News",
      "Washington Times",
    ]);
  });

  it("reads lists of outlets that carried the news, local stations by channel number and credits", () => {
    const text =
      "The polls were published by outlets such as Time, Slate and Drudge Report. It was so, according to " +
      "reports by News4SA. He said to News-4 San Antonio that he was fine.\n" +
      "Great news https://t.co/abc — NBC7 San Diego (@nbcsandiego) May 2, 2018\n" +
      "The crowd cheered (Jane Roe/PA)\nTrump waved. (AP file photo)\n";
    expect(citationsIn(text).map((c) => c.text)).toEqual([
      "Time",
      "Slate",
      "Drudge Report",
      "News4SA",
      "News-4 San Antonio",
      "https://t.co/abc",
      "NBC7 San Diego",
      "PA",
      "AP",
    ]);
  });

  it("reads credit lines of unlisted sites but not of persons, and 'The Hill' only with its article", () => {
    const text =
      "Article posted with permission from End of the American Dream\n" +
      "Article posted with permission from Robert Spencer\n© Provided by Oath Inc. A man waved.\n" +
      "Ford spoke; Hill claims to have been wronged. The Hill reported it. Michael Bloomberg said no.";
    expect(citationsIn(text).map((c) => c.text)).toEqual(["End of the American Dream", "Oath Inc", "Hill"]);
  });

  it("takes no outlet from site furniture, an event host or an abbreviation in parentheses", () => {
    const text =
      "Sign up to get INSIDER's favorite stories. Follow CNN's reporting here. Trump appeared at the NBC/MSNBC " +
      "forum. A unit of the Anti-Crime Brigade (BAC) — came in. Catholic World Report (CWR) said so.";
    expect(citationsIn(text).map((c) => c.text)).toEqual(["Catholic World Report"]);
  });

  it("reads a programme named in quotes where someone spoke on it, not a show someone works on", () => {
    const text =
      "Later on ''This Week,'' Sanders questioned him. He spoke on Wednesday’s “Zed Roe Show.” " +
      "She told the podcast “Here’s the Thing” that it was over. He said on NBC’s “Meet the Press” it was. " +
      "“It's early,” said Cuban, who is also a host on the TV show “Shark Tank.” He commented on “The Art of the Deal” in 1990.";
    expect(citationsIn(text).map((c) => [c.text, c.why?.[0]])).toEqual([
      ["This Week", "'on' the programme (a programme)"],
      ["Zed Roe Show", "'on' it in a sentence about speech (outlet-like name)"],
      ["Here’s the Thing", "a programme named in quotes after 'told ... podcast'"],
      ["NBC’s “Meet the Press”", "'on' the programme (a programme)"],
    ]);
  });

  it("reads what was handed to an outlet ('sent a memo to The Washington Post'), not where someone went", () => {
    const text =
      "He sent a two-page memo to The Washington Post in April. Officers revealed new details to CNN. " +
      "He went back to CNN. She sent troops, then talked to Fox.";
    expect(citationsIn(text).map((c) => [c.ref, c.why?.[0]])).toEqual([
      ["The Washington Post", "'sent ... to'"],
      ["CNN", "'revealed ... to'"],
      ["Fox News", "'talked to'"],
    ]);
  });

  it("reads an unlisted title with a capital 'The' inside a sentence after 'told' or before 'reported'", () => {
    const text =
      "“It’s doable,” Risch told The Tennessean on Monday. It was so, The Quincy Clarion first reported. " +
      "He told the FBI everything. The Pentagon reported losses. The archbishop told Die Tagespost that it held. " +
      "In a report in La Stampa, we said so. He told Los Angeles nothing.";
    expect(citationsIn(text).map((c) => [c.text, c.why?.[0]])).toEqual([
      ["Tennessean", "'told' before the name"],
      ["The Quincy Clarion", "'reported' with a title 'The ...'"],
      ["Die Tagespost", "'told' before the name"],
      ["La Stampa", "'report in'"],
    ]);
  });

  it("reads a media head word at the end of a hyphenated name ('the Chicago Sun-Times reported', 'told WKOW-TV')", () => {
    const text =
      "The parade began with a moment of silence, the Chicago Sun-Times reported. He told WKOW-TV of Madison. " +
      "The Orlando Sentinel reported it too. The Non-News rule passed.";
    expect(citationsIn(text).map((c) => c.text)).toEqual([
      "Chicago Sun-Times",
      "WKOW-TV",
      "Orlando Sentinel",
    ]);
  });

  it("reads a brand-shaped unlisted name after 'told' or before 'reported', not a surname with a particle", () => {
    const text =
      "“This is contrary,” Schneider told LifeSite. It was a hat, KENS5 reported. " +
      "He told McCain so. She told DeSantis twice. He told NATO.";
    expect(citationsIn(text).map((c) => [c.text, c.why?.[0]])).toEqual([
      ["LifeSite", "'told' before the name"],
      ["KENS5", "'reported' with a brand-shaped name"],
    ]);
  });

  it("reads documents by head word with a capitalised name, by place and domain, by author and by case", () => {
    const text =
      "Gun owners cite the Second Amendment. The Clean Power Plan rules were challenged. " +
      "He backed the Iran nuclear deal and the protocol on Ireland and Northern Ireland. " +
      "Robert Mueller’s final report is out. The Supreme Court's Citizens United decision stands. " +
      "The Catechism of the Catholic Church teaches it. Trade matters more than the USMCA. " +
      "Critics hit the Trans-Pacific Partnership, a trade deal. The court applies the Election Law. " +
      "The infamous Steele dossier circulated.";
    expect(citationsIn(text).map((c) => c.text)).toEqual([
      "Second Amendment",
      "Clean Power Plan",
      "Iran nuclear deal",
      "protocol on Ireland and Northern Ireland",
      "Robert Mueller’s final report",
      "Citizens United decision",
      "Catechism of the Catholic Church",
      "USMCA",
      "Trans-Pacific Partnership",
      "Election Law",
      "Steele dossier",
    ]);
  });

  it("leaves schools, firms, bodies of law and outlets' reports out of documents", () => {
    const text =
      "She studied at Harvard Law School. The Pacific Partnership charity helps kids. " +
      "They want Sharia Law everywhere. He gave an interview with Catholic World Report in 2016. " +
      "The Marshall Plan Foundation met. Trump's decision shocked them. He joined the Thrift Savings Plan.";
    expect(citationsIn(text).filter((c) => c.label === "document")).toEqual([]);
  });

  it("reads credit lines, a site name in the title, 'according to a X witness' and an outlet's essay", () => {
    const text =
      "Texan vows legal fight | Bangkok Post: news\n\nHe spoke. According to the Sunday Times, the group met. " +
      "Thousands walk, according to a Reuters witness. In a Wall Street Journal essay, she wrote. " +
      "After Catholic News Agency’s initial report, his office called. The Associated Press contributed to this report. " +
      "The Sunday Times Square crowd cheered. A CNN reporter asked. He blasted her on The Laura Ingraham Show.";
    expect(citationsIn(text).map((c) => c.text)).toEqual([
      "Bangkok Post",
      "Sunday Times",
      "Reuters",
      "Wall Street Journal",
      "Catholic News Agency",
      "Associated Press",
      "Laura Ingraham Show",
    ]);
  });

  it("reads reports by their author or body, in headlines too, but not pronouns, verbs or outlets' reports", () => {
    const text =
      "Senate Demands Barr Release Full Mueller Report Now\n\nCritics said: release the Mueller report. " +
      "IG report: the office erred. According to an FBI summary, aides met. He read all FBI reports on it. " +
      "The Kansas grand jury report was damning. It came from a report issued by special counsel Jane Doe. " +
      "He read his report. Police report that two died. Scott Lee reports on the trial. " +
      "A study by Ann Roe of Kent University and a study by Yale Law School professor Bo Li disagree. " +
      "She told Die Tagespost so. According to the Tagespost report, she left.";
    expect(
      citationsIn(text)
        .filter((c) => c.label === "document")
        .map((c) => c.text),
    ).toEqual([
      "Mueller Report",
      "the Mueller report",
      "IG report",
      "an FBI summary",
      "all FBI reports",
      "The Kansas grand jury report",
      "a report issued by special counsel Jane Doe",
    ]);
  });

  it("reads church documents by Latin title, their chapters and paragraphs, short forms and the Catechism", () => {
    const text =
      "Amoris Not Magisterium\n\nThe exhortation Amoris Laetitia chapter VIII cites Familiaris Consortio, n. 84. " +
      "Critics of AL say so. The Catechism agrees (CCC 2357), as does the encyclical Veritatis Splendor. " +
      "I said Amoris Laetitia I think.";
    expect(citationsIn(text).map((c) => [c.text, c.ref])).toEqual([
      ["Amoris", "Amoris Laetitia"],
      ["Amoris Laetitia chapter VIII", "Amoris Laetitia VIII"],
      ["Familiaris Consortio, n. 84", "Familiaris Consortio 84"],
      ["AL", "Amoris Laetitia"],
      ["Catechism", "Catechism of the Catholic Church"],
      ["CCC 2357", "Catechism of the Catholic Church 2357"],
      ["Veritatis Splendor", "Veritatis Splendor"],
      ["Amoris Laetitia", "Amoris Laetitia"],
    ]);
  });

  it("reads articles, code sections, amendments by ordinal or sponsor, and documents by established names", () => {
    const text =
      "Lawyers cite Article 50 and WTO Article 24 and say that U.S. Code 2381 and 8 U.S.C. 1226 apply. " +
      "They invoked the 1st Amendment and the Fifth amendment, the Brady amendment and Yvette Cooper's amendment, " +
      "but not the Senate amendment. Barr follows the Special Counsel regulations. May's withdrawal agreement " +
      "threatens Ireland's Good Friday peace agreement, they said of the Iran deal, Obamacare and our 'Stop Soros' law. " +
      "Congress passed the Justice Against Sponsors of Terrorism Act last week, and critics of JASTA fumed. " +
      "The American Constitution Society filed a Freedom of Information Act request about a Brexit agreement.";
    expect(citationsIn(text).map((c) => c.text)).toEqual([
      "Article 50",
      "WTO Article 24",
      "U.S. Code 2381",
      "8 U.S.C. 1226",
      "1st Amendment",
      "Fifth amendment",
      "Brady amendment",
      "Yvette Cooper's amendment",
      "Special Counsel regulations",
      "withdrawal agreement",
      "Good Friday peace agreement",
      "Iran deal",
      "Obamacare",
      "Stop Soros' law",
      "Justice Against Sponsors of Terrorism Act",
      "JASTA",
    ]);
  });

  it("reads hosts in capitals, bracketed lists of verses, chapter-only and misspelt books; not follow-block links", () => {
    const text =
      "(DW.COM) - COPYRIGHT 2018 CREATORS.COM. The U.S.A. grew.\nFacebook: https://www.facebook.com/SomeWriter/\n" +
      "He writes for Infowars.com and Prison Planet.com. Quranic Suras mandate it (24:31; 33:59). " +
      "God warned about it in Deuteronomy 28 and (Deuteronoy 23:3-6), not in Job 2.";
    expect(citationsIn(text).map((c) => [c.label, c.text])).toEqual([
      ["url", "DW.COM"],
      ["url", "CREATORS.COM"],
      ["url", "Infowars.com"],
      ["scripture", "24:31"],
      ["scripture", "33:59"],
      ["scripture", "Deuteronomy 28"],
      ["scripture", "Deuteronoy 23:3-6"],
    ]);
  });

  it("keeps every span exact on all fixtures", () => {
    const pipeline = createPipeline({ analyzers: [standalone(citationsAnalyzer)] });
    for (const name of ["scripture.txt", "news.txt", "outlets.txt"]) {
      const result = pipeline({ text: fixture(name) });
      expect(result.annotations.length).toBeGreaterThan(0);
      expect(checkSpans(result)).toEqual([]);
    }
  });

  it("reads outlets in further reporting contexts: lists before their verb, copyright and spaced credits", () => {
    const text =
      "Several papers, such as the Boston Globe, echoed the rumour. The Denver Post speculated that it was over.\n" +
      "Ruth Mills / Associated Press\nShe shared with Christian Post a copy. RT continues:\n" +
      "Copyright 2020 The Associated Press. CNN continues to deny it.";
    expect(citationsIn(text).map((c) => c.text)).toEqual([
      "Boston Globe",
      "Denver Post",
      "Associated Press",
      "Christian Post",
      "RT",
      "Associated Press",
    ]);
  });

  it("names resolutions, policies, clauses and amendments by their capitalised titles, not persons or bodies", () => {
    const text =
      "It is old news.\nCongress passed the Tonkin Bay Resolution, in haste. Fishermen hate the Common Agricultural Policy and the 2016 Paris climate accord. " +
      "It breaks the First and Fourteenth Amendment rights. The late Bishop Andrew Law spoke at the Hudson Institute for Energy Policy. " +
      "He wrote for Foreign Policy.";
    expect(
      citationsIn(text)
        .filter((c) => c.label === "document")
        .map((c) => c.text),
    ).toEqual([
      "Tonkin Bay Resolution",
      "Common Agricultural Policy",
      "Paris climate accord",
      "First",
      "Fourteenth Amendment",
    ]);
  });

  it("keeps hat tips, verbs and headline common nouns out of reports; reads bare verse refs by a quote or a page", () => {
    const text =
      "Mosque Leader Posts Doctor's Report On Clinic\nThe doctor was kind. A story ran (thanks to the Hansen Report). " +
      "Pupils in the Nordic State study the Qur'an daily. He cites special counsel Robert Mueller report pointing to more.\n" +
      "The Qur'an is his guide. He quotes 4:89 -- “seize them” and adds “fight” (2:190; p. 12).";
    expect(refs(citationsIn(text))).toEqual([
      "document:Robert Mueller report",
      "scripture:Quran 4:89",
      "scripture:Quran 2:190",
    ]);
  });

  it("reads short forms of a pact named in full, a letter to an outlet, and no outlet made of adjectives", () => {
    const text =
      "It began early.\nThey signed the Paris climate accord in 2015. Critics of the climate accord grew louder, " +
      "and Paris accord talks stalled. A Paris accord of its own was hoped for.\n" +
      "She wrote a letter to the Guardian, pleading for calm. He wrote for the Danish Catholic news website Kirke.net often.";
    expect(refs(citationsIn(text))).toEqual([
      "document:Paris climate accord",
      "document:climate accord",
      "document:Paris accord",
      "agency:The Guardian",
      "url:kirke.net",
    ]);
  });

  it("reads source lines of outlets with bracketed dates, a piece at an outlet, and an appearance on a programme", () => {
    const text =
      "Prices rose again.\nReuters (3-Jan) and Guardian (London, 4-Jan)\n" +
      "The author of the piece at The Intercept wrote that it was over. " +
      "He said so in a “60 Minutes” appearance last year.\nReuters and the Guardian were attacked by him.";
    expect(citationsIn(text).map((c) => c.text)).toEqual(["Reuters", "Guardian", "Intercept", "60 Minutes"]);
  });

  it("reads a body's own resolution or constitution by its acronym and a declaration's title, not a country's", () => {
    const text =
      "It began early.\nThe board broke the ASUC constitution and the NAACP resolution. It hears the US constitution too. " +
      "Three bishops signed the Profession of Faithful Truths about Marriage last year. The legal Profession is old.";
    expect(refs(citationsIn(text))).toEqual([
      "document:ASUC constitution",
      "document:NAACP resolution",
      "document:Profession of Faithful Truths about Marriage",
    ]);
  });

  it("reads an outlet where a claim was set out in print", () => {
    const text =
      "The claims, outlined on the record in the Boston Globe by a nurse, are serious. He lives in the Guardian building.";
    expect(citationsIn(text).map((c) => c.text)).toEqual(["Boston Globe"]);
  });

  it("reads a pact named by its place after it or by an established name, then its short form", () => {
    const text =
      "It began early.\nTrump left the disastrous nuclear deal with Iran. Critics of the nuclear deal cheered.\n" +
      "It began again.\nObama's Iran deal was his. He defended the nuclear deal. A trade deal with Japan is hoped for.";
    expect(refs(citationsIn(text))).toEqual([
      "document:Iran nuclear deal",
      "document:nuclear deal",
      "document:Iran nuclear deal",
      "document:nuclear deal",
    ]);
  });

  it("reads a treaty acronym in a paper's title case, and an acronym defined after a name as the same mention", () => {
    const text =
      "It began early.\nNothing matters more to Mexico than Nafta, said an aide. " +
      "They signed the Joint Comprehensive Plan of Action (JCPOA), as the deal is known. The JCPOA held. Tpp died.";
    expect(citationsIn(text).map((c) => c.text)).toEqual(["Nafta", "Joint Comprehensive Plan", "JCPOA"]);
  });

  it("reads an outlet before its product after a preposition, its editorial board, an admission to it and new verbs", () => {
    const text =
      "It began early.\nIn the wake of the New York Times report, he boasted. Critics of CNN said no. " +
      "By her own admission to the Washington Post, she forgot. He met the editorial board of the Wall Street Journal. " +
      "In The New Yorker's long profile of Oz, doctors talked. Below, POLITICO rounded up the claims.";
    expect(citationsIn(text).map((c) => c.text)).toEqual([
      "New York Times",
      "Washington Post",
      "Wall Street Journal",
      "New Yorker",
      "POLITICO",
    ]);
  });

  it("reads a synod's working document by its Latin genre", () => {
    const text =
      "It began early.\nThe Instrumentum Laboris for the synod was released, after the Lineamenta.";
    expect(refs(citationsIn(text))).toEqual(["document:Instrumentum Laboris", "document:Lineamenta"]);
  });

  it("takes no document from a court named after a law or a sentence-opening 'Such'", () => {
    const text =
      "It began early.\nThey misled the Foreign Intelligence Surveillance Act (FISA) court, he said. " +
      "Such agreements are rare. The Patriot Act passed.";
    expect(refs(citationsIn(text))).toEqual(["document:Patriot Act"]);
  });

  it("takes no document from an analysis by a person described after a comma, but one by a body", () => {
    const text =
      "It began early.\nTaxes rise, according to an analysis by Lily Batchelder, a former aide. " +
      "They fall, according to a study by the Tax Policy Center, a think tank.";
    expect(refs(citationsIn(text))).toEqual(["document:Tax Policy Center study"]);
  });

  it("reads a credit line that lost its preposition, not 'originally published' inside a sentence", () => {
    const text =
      "THE TITLE\n\nOriginally published the Jerusalem Post.\nHe originally published the Jerusalem Post a letter.";
    expect(citationsIn(text).map((c) => c.text)).toEqual(["Jerusalem Post"]);
  });

  it("reads a listed outlet's handle after 'via' as the credit of a shared post, not a tagged handle", () => {
    const text =
      "Crowds gather in London via @BreitbartNews — Geert Wilders (@geertwilderspvv). Thanks @CNN for nothing.";
    expect(refs(citationsIn(text))).toEqual(["agency:Breitbart"]);
  });

  it("reads a dossier by a titled author past a nationality and a trade", () => {
    const text =
      "It began early.\nHe cited the dossier authored by former British spy Christopher Steele in court. " +
      "Trump’s dossier of Iran's crimes was long.";
    expect(refs(citationsIn(text))).toEqual(["document:Christopher Steele dossier"]);
  });

  it("takes no outlet from an apposition naming a speaker's employer, but a reporter for it who reported", () => {
    const text =
      'It began early.\n"No," Vann Newkirk, a writer for The Atlantic, said on Twitter. ' +
      "A reporter for USA Today reported that it was over.";
    expect(citationsIn(text).map((c) => c.text)).toEqual(["USA Today"]);
  });

  it("reads a bill known by its year and subject, not one still to come", () => {
    const text = "It began early.\nShe backed the 1994 crime bill. A 2019 tax bill may come.";
    expect(refs(citationsIn(text))).toEqual(["document:1994 crime bill"]);
  });

  it("reads a treaty or an act named by its year alone", () => {
    const text =
      "It began early.\nShe is protected under the 1951 Convention and the 1998 Act. In 1951 Convention rules changed.";
    expect(refs(citationsIn(text))).toEqual(["document:1951 Convention", "document:1998 Act"]);
  });

  it("takes no programme from a quoted topic after 'on' ('project on', 'position on'), but one spoken on", () => {
    const text =
      'It began early.\nShe spoke for the Post\'s project on "Women in Power," he said. His position on ' +
      '"The Jewish Question" was known. He said on "Meet the Press" that it was fine.';
    expect(citationsIn(text).map((c) => c.text)).toEqual(["Meet the Press"]);
  });

  it("reads dotted and spaced chapter:verse after a named book, and bare ones listed after it", () => {
    const cs = citationsIn(
      "Apostates face death (Quran 4.89, 8.7-11). See 1 Jn 2.22 and (2 Cor 6: 14-17). " +
        "It is condemned (Leviticus 18:22; 20:13; Jude 1:7). The rate rose to 4.89 percent.",
    );
    expect(refs(cs)).toEqual([
      "scripture:Quran 4:89",
      "scripture:Quran 8:7-11",
      "scripture:Bible 1 John 2:22",
      "scripture:Bible 2 Corinthians 6:14-17",
      "scripture:Bible Leviticus 18:22",
      "scripture:Bible Leviticus 20:13",
      "scripture:Bible Jude 1:7",
    ]);
  });

  it("reads court decisions by their parties and a case named beside the courts, not initials or contests", () => {
    const text =
      "It began early.\nRulings from the Dred Scott case to Plessy v. Ferguson and Brown v. Board of Education mattered. " +
      "Vladimir V. Putin watched Trump vs. Clinton. In the Flynn case, he lied. " +
      "The court cited Whole Woman's Health v. Hellerstedt. In the Uranium One case (see: the article), a court was not involved.";
    expect(citationsIn(text).map((c) => c.text)).toEqual([
      "Dred Scott case",
      "Plessy v. Ferguson",
      "Brown v. Board of Education",
      "Whole Woman's Health v. Hellerstedt",
    ]);
  });

  it("reads an ordinal before 'and' an amendment, and a bare 'the Fourth' after an amendment", () => {
    const text =
      "It began early.\nThey violate the First and 5th Amendments of the Constitution. " +
      "He backs the Second Amendment, but he cannot stand the Fourth and is no fan of the First either. " +
      "The First Lady spoke.";
    expect(citationsIn(text).map((c) => c.text)).toEqual([
      "First",
      "5th Amendments",
      "Second Amendment",
      "Fourth",
      "First",
    ]);
  });

  it("reads a church document's title misspelt by a letter, with the initials it goes by", () => {
    const text =
      "It began early.\nCritics read paragraph 303 of Amoris Laetita (AL) closely. Continence is not expected (AL 303).";
    expect(citationsIn(text).map((c) => c.text)).toEqual(["Amoris Laetita (AL)", "AL 303"]);
  });

  it("reads credit lines: a slash before 'The', an uploader on Scribd, a bracketed outlet abbreviation", () => {
    const text =
      "It began early.\nTom Dodge/The Columbus Dispatch via AP\nHere is the memo.\n" +
      "Peter Strzok email by Fox News on Scribd\n“Visas are issued in a week.” (CFP)\nHe was interviewed by a student.";
    expect(citationsIn(text).map((c) => c.text)).toEqual(["Columbus Dispatch", "AP", "Fox News", "CFP"]);
  });

  it("reads a job for an outlet as a source, not a title set before a person's name", () => {
    const text =
      "It began early.\nA reporter for USA Today reported the deal. " +
      "White House correspondent for The Atlantic and CNN political analyst Elaina Plott tweeted a joke.";
    expect(citationsIn(text).map((c) => c.text)).toEqual(["USA Today"]);
  });

  it("reads a report by a journalist as the outlet's story, a report by a body as a document", () => {
    const text =
      "It began early.\nIn a lengthy report by Rosiak at The Daily Caller, he writes this. " +
      "According to a Breitbart report by Allum Bokhari, it grew. A 2019 report by the Government Accountability Office found gaps.";
    expect(citationsIn(text).map((c) => `${c.label}:${c.text}`)).toEqual([
      "agency:Breitbart",
      "document:A 2019 report by the Government Accountability Office",
    ]);
  });

  it("reads a report by a possessive with the apostrophe alone, and a completed report", () => {
    const text =
      "It began early.\nHorowitz’ report slams Comey. They want Mueller's completed report released.";
    expect(citationsIn(text).map((c) => c.text)).toEqual(["Horowitz’ report", "Mueller's completed report"]);
  });

  it("reads an outlet told something in the passive, and one that 'has more:'", () => {
    const text =
      "It began early.\nFox News is told that Barr may act. The banks were pressured.\nThe Washington Times has more:\nThe deal held.";
    expect(citationsIn(text).map((c) => c.text)).toEqual(["Fox News", "Washington Times"]);
  });

  it("reads a body's paper with one lower-case word between, and a counted set of reports", () => {
    const text =
      "It began early.\nShe says the House committee memo raises this. None of these six FBI reports mention it. " +
      "According to the Labor Department employment report, jobs grew. The Trump team report card was bad.";
    expect(citationsIn(text).map((c) => c.text)).toEqual([
      "the House committee memo",
      "six FBI reports",
      "the Labor Department employment report",
    ]);
  });

  it("reads an outlet's summary, a reporter explaining, and an outlet that points out", () => {
    const text =
      "It began early.\nHere is The Federalist’s Mollie Hemingway explaining:\nOur ties are bad. " +
      "A CNBC summary describes her. As Reason points out, he dissented.";
    expect(citationsIn(text).map((c) => c.text)).toEqual(["Federalist", "CNBC", "Reason"]);
  });

  it("reads an outlet in a bracketed source line after a byline, not in other brackets", () => {
    const text =
      "It began early.\nThe deal was weak.\n[EU deal: What Cameron got, by Peter Foster, Telegraph (UK), June 14, 2016 ]\n" +
      "Critics [including the Telegraph] disagreed.";
    expect(citationsIn(text).map((c) => c.text)).toEqual(["Telegraph"]);
  });

  it("reads a named compromise as a document, not a compromise in general", () => {
    const text =
      "It began early.\nI keep returning to the Malthouse Compromise. Both sides want a compromise.";
    expect(citationsIn(text).map((c) => c.text)).toEqual(["Malthouse Compromise"]);
  });

  it("reads an article with a section of a named constitution as one mention that ends at its line", () => {
    const text =
      "It began early.\n-Article 2, Section 4 of the US Constitution\nRight off the bat, this is bribery.";
    expect(citationsIn(text).map((c) => c.text)).toEqual(["Article 2, Section 4 of the US Constitution"]);
  });
  it("reads common short forms of listed outlets and a digest's bracketed credits", () => {
    const text =
      "According to HuffPo, the vote is close. As Vulture put it, the show flopped. The coach retired. [ESPN.]\n" +
      "Rents rose again in the city. [WaPo.]\nA man was held after the attack. [Jane Roe, HuffPost]\n" +
      "Markets fell on Monday. [WSJ | Paywall]\nHe met HuffPost editors for lunch.\n";
    expect(refs(citationsIn(text))).toEqual([
      "agency:HuffPost",
      "agency:Vulture",
      "agency:ESPN",
      "agency:The Washington Post",
      "agency:HuffPost",
      "agency:The Wall Street Journal",
    ]);
  });
  it("cites a party's platform only where the party names it", () => {
    const text =
      "Abortion is central to the Democratic Party’s draft platform. The GOP platform is silent. " +
      "Critics read the platform again, unlike previous Democratic platforms. The GOP platform committee met.";
    expect(citationsIn(text).map((c) => `${c.text}|${c.ref}`)).toEqual([
      "Democratic Party’s draft platform|Democratic Party platform",
      "GOP platform|Republican Party platform",
    ]);
  });
  it("reads a bare head as the short form of an outlet the text names in full, even later", () => {
    const text =
      "As The Post's Ruth Marcus puts it, the plan failed. A Washington Post-ABC News poll agrees.";
    expect(citationsIn(text).map((c) => `${c.text}|${c.ref}`)).toEqual([
      "Post|The Washington Post",
      "Washington Post|The Washington Post",
      "ABC News|ABC News",
    ]);
  });
  it("reads a Bible chapter written with the word chapter, before a headline colon, in brackets, and the Douay book names", () => {
    const text =
      "Genesis chapter 19 tells of Sodom. Romans 13: Obey Rulers Always? He was spared (Daniel 6). " +
      "No more tears (Apo. 21:4). Mark 5 was read.";
    expect(refs(citationsIn(text))).toEqual([
      "scripture:Bible Genesis 19",
      "scripture:Bible Romans 13",
      "scripture:Bible Daniel 6",
      "scripture:Bible Revelation 21:4",
    ]);
  });
  it("knows more papal and curial documents, an article of one with its author between, and the Syllabus", () => {
    const text =
      "Nuns must now obey Cor Orans. Leo XIII taught it in Sapientiae Christianae. " +
      "See Article 81 of John Paul II's Universi Dominici Gregis. Nobody returns to the Syllabus of Errors; the Syllabus stands.";
    expect(refs(citationsIn(text))).toEqual([
      "document:Cor Orans",
      "document:Sapientiae Christianae",
      "document:Universi Dominici Gregis Article 81",
      "document:Syllabus of Errors",
      "document:Syllabus of Errors",
    ]);
  });
  it("reads an unlisted title after its church genre, and its later mentions, but not the genre alone", () => {
    const text =
      "He issued the Apostolic Constitution, “Lux Nova Fidelium,” last week. Critics say Lux Nova Fidelium is vague. " +
      "Francis’ Apostolic Constitution and the encyclical Francis released were read. The motu proprio Sancta Regula came later.";
    expect(citationsIn(text).map((c) => c.text)).toEqual([
      "Lux Nova Fidelium",
      "Lux Nova Fidelium",
      "Sancta Regula",
    ]);
  });
  it("reads the Code of Canon Law and its numbered canons in a text about the Church, not a camera", () => {
    const text =
      "The bishop broke the Code of Canon Law. Schism is defined in the 1983 CIC canon 751, and can. 1405 § 1 binds the Pope. " +
      "Catholics may speak (CIC 212 § 3).";
    expect(refs(citationsIn(text))).toEqual([
      "document:Code of Canon Law",
      "document:Code of Canon Law 751",
      "document:Code of Canon Law 1405",
      "document:Code of Canon Law 212",
    ]);
    expect(citationsIn("He bought a Canon 750 at the mall and can. 12 more.")).toEqual([]);
  });
  it("reads a lower-case constitution named by its country or state, not the US one or an unnamed one", () => {
    const text =
      "Chile's constitution bars it. The Ohio constitution was amended, as was the constitution of Ticino. " +
      "The US constitution is old; our constitution is young; the constitution of the party is short.";
    expect(citationsIn(text).map((c) => c.text)).toEqual([
      "Chile's constitution",
      "Ohio constitution",
      "constitution of Ticino",
    ]);
  });
  it("cites 'the Democratic platform' by the party's adjective, not a candidate's or a plural", () => {
    const text =
      "The Republican platform backs it. She ran on a Democratic platform. Both Democratic platforms differ.";
    expect(refs(citationsIn(text))).toEqual(["document:Republican Party platform"]);
  });
  it("reads a body's survey but not a pollster's, and no author in a nationality or a place after 'from'", () => {
    const text =
      "According to a National Dyslexia Association survey, most adults read. A new YouGov survey disagrees. " +
      "The report from South Africa notes a decline. Only the Peruvian report names him.";
    expect(refs(citationsIn(text))).toEqual(["document:National Dyslexia Association survey"]);
  });
  it("reads a law's title by Roman numeral and a numbered section with its law or subtitle, not a bare section", () => {
    const text =
      "Schools must follow Title IX. The rule is in Section 214 of the Higher Education Act, not (Section 9, Subtitle B). " +
      "Section 2 explains the method. I think Title I is fine.";
    expect(citationsIn(text).map((c) => c.text)).toEqual([
      "Title IX",
      "Section 214 of the Higher Education Act",
      "Section 9, Subtitle B",
    ]);
  });
  it("reads more law nicknames and the dotted initials of a cited amendment", () => {
    const text =
      "Critics recalled Hillarycare. The Equal Rights Amendment failed; foes of the E.R.A. rallied in another era.";
    expect(refs(citationsIn(text))).toEqual([
      "document:Health Security Act",
      "document:Equal Rights Amendment",
      "document:Equal Rights Amendment",
    ]);
    expect(citationsIn("The U.S.A. won. Foes of the E.R.A. rallied.")).toEqual([]);
  });
  it("knows more magazines and programmes by name: L'Espresso, Inside the Vatican, Psychology Today, HuffPost Live", () => {
    const text =
      "The abuse was reported by L’Espresso in 1999. He said in an interview published in Inside the Vatican that it was false. " +
      "An article from Psychology Today says so. She told HuffPost Live she was sad.";
    expect(citationsIn(text).map((c) => c.text)).toEqual([
      "L’Espresso",
      "Inside the Vatican",
      "Psychology Today",
      "HuffPost Live",
    ]);
  });
  it("reads an ordinal amendment glued to a prefix and a panel's report, not a theological covenant or a first name in a list", () => {
    const text =
      "He sided with anti-Second Amendment activists. Smith promises Benghazi panel report soon. " +
      "The Church keeps the New Covenant. Her sons, Tom and Bill, came home.";
    expect(citationsIn(text).map((c) => c.text)).toEqual(["Second Amendment", "Benghazi panel report"]);
  });
  it("reads a religious order's rule, the Index of Forbidden Books and a Holy See letter titled by its addressees", () => {
    const text =
      "The monks live by the Rule of St. Augustine. His novels went on the Index of Forbidden Books. " +
      "The Letter to the Bishops of the Catholic Church on the Collaboration of Men and Women was read. The rule of law holds.";
    expect(citationsIn(text).map((c) => c.text)).toEqual([
      "Rule of St. Augustine",
      "Index of Forbidden Books",
      "Letter to the Bishops of the Catholic Church on the Collaboration of Men and Women",
    ]);
  });
  it("carries a book over to bare references later in the same brackets, and reads verses listed with a comma", () => {
    const text =
      "Take up your cross (Luke 9:23; 1 Peter 2:21, 4:13; Acts 5:41). Men die once (Heb.\n9: 27,28). Age 12:30 was late.";
    expect(refs(citationsIn(text))).toEqual([
      "scripture:Bible Luke 9:23",
      "scripture:Bible 1 Peter 2:21",
      "scripture:Bible 1 Peter 4:13",
      "scripture:Bible Acts 5:41",
      "scripture:Bible Hebrews 9:27",
    ]);
  });
  it("takes no outlet from a body's official website", () => {
    const text =
      "A recent post on the official Opus Sanctum website shows him at the event. The Tulsa World website reported it.";
    expect(citationsIn(text).map((c) => c.text)).toEqual(["Tulsa World"]);
  });
  it("knows more outlets and programmes: the Union Leader, The World Over, Acta Apostolicae Sedis", () => {
    const text =
      "He told the Union Leader he would run. " +
      "He said on The World Over that he was sorry. The Latin text was published in Acta Apostolicae Sedis.";
    expect(citationsIn(text).map((c) => c.text)).toEqual([
      "Union Leader",
      "World Over",
      "Acta Apostolicae Sedis",
    ]);
  });
  it("reads creeds, UNSCR numbers and a British party's manifesto, not a manifesto still to be written", () => {
    const text =
      "They recited the Apostles' Creed. Iran defied UNSCR 1737. The pledge was in the Labour manifesto and in the Tories' manifesto. " +
      "A Labour manifesto will follow.";
    expect(refs(citationsIn(text))).toEqual([
      "document:Apostles' Creed",
      "document:UNSC Resolution 1737",
      "document:Labour Party manifesto",
      "document:Conservative Party manifesto",
    ]);
  });
  it("reads a report or dossier 'of the' body that wrote it, not 'of the' event it is about", () => {
    const text =
      "He cited the report of the Senate Intelligence Committee. The dossier of the Congregation for Clergy was sealed. " +
      "A report of the Boston Marathon attack came in.";
    expect(citationsIn(text).map((c) => c.text)).toEqual([
      "the report of the Senate Intelligence Committee",
      "The dossier of the Congregation for Clergy",
    ]);
  });
  it("reads a programme after 'BBC Radio Four's', the station's name spelt out", () => {
    const text = "“We will leave,” the minister told BBC Radio Four’s Any Questions on Friday.";
    expect(citationsIn(text).map((c) => c.text)).toEqual(["BBC Radio Four’s Any Questions"]);
  });
  it("reads the IHRA definition of antisemitism in its usual forms", () => {
    const text =
      "The council adopted the IHRA working definition. The party rejected the IHRA’s definition in full.";
    expect(refs(citationsIn(text))).toEqual([
      "document:IHRA working definition of antisemitism",
      "document:IHRA working definition of antisemitism",
    ]);
  });
  it("reads the Contract with America and Common Core by their established names, capitalised", () => {
    const text =
      "Gingrich ran on the Contract with America. Parents fought Common Core. A common core of beliefs remains.";
    expect(refs(citationsIn(text))).toEqual([
      "document:Contract with America",
      "document:Common Core State Standards",
    ]);
  });
  it("takes no url from a domain that names a mailbox, but keeps a named mail server", () => {
    const text =
      "Most were sent from a state.gov e-mail address. She had no state.gov account. They searched the clinton.com email system.";
    expect(citationsIn(text).map((c) => c.text)).toEqual(["clinton.com"]);
  });
  it("cites the outlet in a poll run with a pollster, and a bare head once the full name appears", () => {
    const text =
      "AP-GfK Poll: Voters shift. A fresh CNN-ORC poll shows him ahead. The Washington Post ran it. " +
      "Recent Post-ABC polls show her ahead. The Post-SurveyMonkey poll finds him behind.";
    expect(refs(citationsIn(text))).toEqual([
      "agency:AP",
      "agency:CNN",
      "agency:The Washington Post",
      "agency:ABC News",
      "agency:The Washington Post",
    ]);
  });
  it("reads a bill by its chamber and number and a numbered rule, not a listicle's rule heading", () => {
    const text =
      "The governor signed House Bill 1523 on Monday. Under Rule 40, a nominee needs eight states. " +
      "Bill 12 people came.\nRule 1: never give up.";
    expect(citationsIn(text).map((c) => c.text)).toEqual(["House Bill 1523", "Rule 40"]);
  });
  it("reads an outlet's one-word name as the person the text has named by it, unless it cited the outlet first", () => {
    const person =
      "Mayor Don Guardian met her. “It is hard,” Guardian said. Michael Bloomberg may run, Bloomberg told CNN.";
    expect(citationsIn(person).map((c) => c.text)).toEqual(["CNN"]);
    const outlet = "Bloomberg reported the sale. Michael Bloomberg declined. Bloomberg says prices fell.";
    expect(citationsIn(outlet).map((c) => c.text)).toEqual(["Bloomberg", "Bloomberg"]);
  });
  it("reads DACA and DAPA in capitals as programme documents, not in 'a DACA recipient'", () => {
    const text =
      "He pledged to end the DACA and DAPA programs. A DACA recipient spoke. He is a Deferred Action (DACA) recipient. Daca is a town.";
    expect(citationsIn(text).map((c) => c.text)).toEqual(["DACA", "DAPA"]);
  });
  it("reads credits 'X via Getty Images' and 'Contributing: ..., X', 'told a X reporter', and 'on X, Y said' / 'on X: quote'", () => {
    const text =
      "A crowd gathered. Bloomberg via Getty Images. Cornyn told a Politico reporter that he agreed. " +
      'On Dec. 7 on MSNBC, Bush said it would pass. Later on CNN: "I never said that." ' +
      '"I\'m on MSNBC and Fox," Canova said.\nContributing: Ann Roe, USA TODAY.';
    expect(citationsIn(text).map((c) => c.text)).toEqual([
      "Bloomberg",
      "Politico",
      "MSNBC",
      "CNN",
      "USA TODAY",
    ]);
  });
  it("reads 'last year's / a landmark nuclear deal with Iran', not a person's pact", () => {
    const text =
      "They warn that last year's nuclear deal with Iran failed. He secured a landmark nuclear deal with Iran. " +
      "She backs President Obama's nuclear pact with Iran. He wants a nuclear deal with Iran.";
    expect(citationsIn(text).map((c) => c.text)).toEqual([
      "nuclear deal with Iran",
      "nuclear deal with Iran",
    ]);
  });
  it("reads political newsletters as outlets, cited after 'a projection from', not as reports", () => {
    const text =
      "A projection from the Cook Political Report shows a drop. Ann Roe, an analyst at the non-partisan Cook Political Report, agreed.";
    expect(refs(citationsIn(text))).toEqual(["agency:Cook Political Report"]);
  });
  it("reads papers and research by a described body, commissioned 'on behalf of' one, and a college's survey", () => {
    const text =
      "A paper from the left-leaning Brookings Institution says so. A 2014 examination by the nonpartisan Better Government Association found more. " +
      "Pollsters published research on behalf of the Roosevelt Institute. A survey from Florida Southern College put him second. " +
      "A paper by John Smith, a professor, disagreed.";
    expect(citationsIn(text).map((c) => c.text)).toEqual([
      "A paper from the left-leaning Brookings Institution",
      "A 2014 examination by the nonpartisan Better Government Association",
      "research on behalf of the Roosevelt Institute",
      "A survey from Florida Southern College",
    ]);
  });
  it("reads a paper's short title 'The Post' with a capital article inside a sentence, and an e-mail message sent to an outlet", () => {
    const text =
      "Reid defended Cruz in a recent interview with The Post. As The Post's Abby Phillip documented, governors objected. " +
      "Eric Trump wrote in an email message Monday to The Washington Post. The post office said nothing.";
    expect(citationsIn(text).map((c) => c.text)).toEqual(["Post", "Post", "Washington Post"]);
  });
  it("reads a regulatory standard named by what it regulates and its initials, not the gold standard", () => {
    const text =
      "The program, known as the Renewable Fuel Standard, helps farmers. Cruz opposes the RFS. " +
      "Gold is the Gold Standard of money. The meeting starts at 9 Eastern Standard Time.";
    expect(citationsIn(text).map((c) => c.text)).toEqual(["Renewable Fuel Standard", "RFS"]);
  });
  it("reads a long cited name written again in lower case", () => {
    const text =
      "Congress passed the Renewable Fuel Standard in 2005 to help corn farmers. Sanders backs the renewable fuel standard. " +
      "The clean air act is old.";
    expect(citationsIn(text).map((c) => c.text)).toEqual([
      "Renewable Fuel Standard",
      "renewable fuel standard",
    ]);
  });
  it("reads more reporting words: discovered, identified, reiterated to, opined X, profiled in, X's words, a public poll, fact checkers including X", () => {
    const text =
      "Many of the trips, USA TODAY discovered, were funded abroad. Reuters identified dozens of donors. " +
      "Clinton reiterated to ABC News that it was a mistake. “Stay home,” opined the Plain Dealer. " +
      "He was recently profiled in the Daily Beast last week. They are, in Forbes’ words, “entrepreneurial.” " +
      "In a CNN public poll, most agreed. Several fact checkers, including The Washington Post, have pointed out the error.";
    expect(citationsIn(text).map((c) => c.text)).toEqual([
      "USA TODAY",
      "Reuters",
      "ABC News",
      "Plain Dealer",
      "Daily Beast",
      "Forbes",
      "CNN",
      "Washington Post",
    ]);
  });
  it("reads 'X of Y points out', 'interview Tuesday with', 'with X calling the race', a remark in brackets, 'writing on X'", () => {
    const text =
      "The last part, as Paul Krugman of the New York Times points out, is awkward. " +
      "At a round-table interview Tuesday with Bloomberg Politics, he said so. " +
      "Sanders won, with Fox News and NBC News calling the race early. " +
      "Politifact (which is not known as Republican-leaning) examined the charge. " +
      "Patrick Howley, writing on Breitbart, agreed.";
    expect(citationsIn(text).map((c) => c.text)).toEqual([
      "New York Times",
      "Bloomberg Politics",
      "Fox News",
      "NBC News",
      "Politifact",
      "Breitbart",
    ]);
  });
  it("takes no source from an outlet airing a debate, a debate moderator, or a place before 'newspaper' after 'a'", () => {
    const text =
      "MSNBC aired the fifth Democratic presidential debate on Thursday. She skirted the opening question from CBS moderator John Dickerson. " +
      "It turned up in a widely read Washington newspaper column, which reported the item.";
    expect(citationsIn(text)).toEqual([]);
  });
  it("takes a law's acronym before 'searches' as the procedure, not a citation", () => {
    const text =
      "The Freedom of Information Act (FOIA) was passed in 1966. FOIA searches are custodian-based. Under FOIA, agencies must search.";
    expect(citationsIn(text).map((c) => c.text)).toEqual(["Freedom of Information Act", "FOIA"]);
  });
  it("reads a magazine named by a common word alone once the text has named it with its noun", () => {
    const text =
      "The candidates shared notes with People Magazine this week. “We need our fix!” Clinton said to People. " +
      "People told her so. Many People Power activists came.";
    expect(citationsIn(text).map((c) => c.text)).toEqual(["People"]);
  });
  it("reads an outlet that lists, ranks or pegs a figure", () => {
    const text =
      "Forbes lists the Kochs at $40 billion each. Bloomberg pegged him at $2.9 billion. Reuters ranks them first.";
    expect(citationsIn(text).map((c) => c.text)).toEqual(["Forbes", "Bloomberg", "Reuters"]);
  });
  it("reads a Bible chapter given as an ordinal, not a book's chapter of a person", () => {
    const text =
      "I sensed the Lord tell me to look at the 45th Chapter of Isaiah today. Read the third chapter of Genesis now. " +
      "The second chapter of Smith is dull.";
    expect(refs(citationsIn(text))).toEqual(["scripture:Bible Isaiah 45", "scripture:Bible Genesis 3"]);
  });
});
