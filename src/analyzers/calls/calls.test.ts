import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createDocument } from "../../document/document.js";
import { checkSpans } from "../../document/invariant.js";
import type { Annotation } from "../../document/types.js";
import { createPipeline } from "../pipeline.js";
import type { AnalyzerSpec } from "../types.js";
import { callsAnalyzer } from "./index.js";

// Upstream analyzers are replaced by hand-built outputs in these tests, so dependencies are dropped.
const standalone = (spec: AnalyzerSpec): AnalyzerSpec => ({ ...spec, after: [] });

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const analyze = callsAnalyzer.create();
const callsIn = (text: string, upstream = {}) => analyze(createDocument({ text }), upstream).annotations;
const find = (calls: Annotation[], fragment: string) => calls.find((c) => c.text.includes(fragment));

describe("calls analyzer", () => {
  it("reads reported urges addressed to people as quoted calls, not demands on officials or hypotheses", () => {
    const text =
      "The mayor warned these people to turn back. He told his followers to “hit a rival today.” " +
      "She urged voters not to stay home. He put out a call for financial support for the case. " +
      "They defied calls by the police not to march. The group called on President Obama to retaliate. " +
      "She would never tell voters to stay home. " +
      "The crowd was keen on telling women to smile. He warned the American people to no effect.";
    const calls = callsIn(text);
    expect(calls.map((c) => [c.text, c.label, c.quoted])).toEqual([
      ["warned these people to turn back.", "act", true],
      ["told his followers to “hit a rival today.”", "act", true],
      ["urged voters not to stay home.", "refuse", true],
      ["a call for financial support for the case.", "donate", true],
      ["calls by the police not to march.", "refuse", true],
    ]);
  });

  it("reads urges to groups in passives, advisories, that-clauses and the writer's own 'I encourage'", () => {
    const text =
      "Tourists have been warned to stay off the ridge. Nurses have been asked to work late. " +
      "The embassy advised Canadians traveling to Peru to avoid the border. " +
      "The agency recommended anyone visiting the coast should carry water. " +
      "He called upon Christians in the city to try to kill the heretics. " +
      "The bishop invited the region's priests to sign the letter and join the march. " +
      "She demands that all citizens register now. He insisted that Brussels is ready. " +
      "He insisted that Republicans who refused were wrong. " +
      "I encourage all parents to visit the school. He told reporters how hard it is to leave. " +
      "Trump may order Sessions to fire Mueller. Pundit Tells Liberals They Need To Listen More.";
    expect(callsIn(text).map((c) => [c.text, c.label, c.quoted])).toEqual([
      ["Tourists have been warned to stay off the ridge.", "act", true],
      ["advised Canadians traveling to Peru to avoid the border.", "refuse", true],
      ["recommended anyone visiting the coast should carry water.", "act", true],
      ["called upon Christians in the city to try to kill the heretics.", "violence", true],
      ["invited the region's priests to sign the letter and join the march.", "join", true],
      ["demands that all citizens register now.", "act", true],
      ["I encourage all parents to visit the school.", "act", false],
      ["Tells Liberals They Need To Listen More.", "act", true],
    ]);
  });

  it("reads appeals for money or help once, and names violence as a remedy only in quotations", () => {
    const text =
      "Her emails were asking for donations to fight the bill. Later she asked for donations again. " +
      "Police asked for help in identifying the man. He asked for help with his homework. " +
      'He often said that "terrorism is the answer." Terrorism is the answer, critics claim.';
    expect(callsIn(text).map((c) => [c.text, c.label])).toEqual([
      ["asking for donations to fight the bill.", "donate"],
      ["asked for help in identifying the man.", "act"],
      ["terrorism is the answer", "violence"],
    ]);
  });

  it("reads reported norms for people, first-person refusals, and leaves state action to states", () => {
    const text =
      "She wrote that people must “trust nurses.” The alert advised that U.S. citizens abroad should register online. " +
      "I refuse to fill in the form. Don't allow yourself to be fooled. " +
      "We have to increase the airstrikes. America must lead it, our strategy should be clear.";
    const calls = callsIn(text);
    expect(calls.map((c) => [c.text, c.label, c.quoted])).toEqual([
      ["people must “trust nurses.”", "believe", true],
      ["advised that U.S. citizens abroad should register online.", "act", true],
      ["I refuse to fill in the form.", "refuse", false],
      ["Don't allow yourself to be fooled.", "act", false],
    ]);
  });

  it("reads a named person as the object of support, and a named target of confront as a state's business", () => {
    const text =
      "Attack specific policies and propose alternatives. Or support Jane Doe, who will lead the fight. " +
      "Confront Smith now, or fight them later. This is why, despite the calls, I refuse to answer the survey.";
    expect(callsIn(text).map((c) => [c.text, c.label])).toEqual([
      ["Attack specific policies and propose alternatives.", "act"],
      ["support Jane Doe, who will lead the fight.", "act"],
      ["I refuse to answer the survey.", "refuse"],
    ]);
  });

  it("reads speech in single quotes after a comma or a verb of saying, and an imperative's consequence", () => {
    const text =
      "They thought him saying, ‘Hey, go vote for Jane’ would do it. He would ‘fight those who lie’ to the end. " +
      "Expose the liars, and you may find yourself in jail. Sign up and you can still get the updates.";
    expect(callsIn(text).map((c) => [c.text, c.label, c.quoted])).toEqual([
      ["go vote for Jane’ would do it.", "act", true],
    ]);
  });

  it("labels reported and quoted calls to harm as violence, and a wish for a named person's death", () => {
    const text =
      "He told his followers to “punch a rival today.” The post said that Smith should be hanged and burned. " +
      "Forums urged followers to carry out attacks against the city. She urged supporters to fight for their rights. " +
      "Officials said Jones must be prosecuted.";
    expect(callsIn(text).map((c) => [c.text, c.label])).toEqual([
      ["told his followers to “punch a rival today.”", "violence"],
      ["Smith should be hanged and burned.", "violence"],
      ["urged followers to carry out attacks against the city.", "violence"],
      ["urged supporters to fight for their rights.", "act"],
    ]);
  });

  it("reads a war started on people and a veiled 'make an example' as violence, not a war on a problem", () => {
    const text =
      "The preacher commands the faithful to wage war against the unbelievers. Let's give them a war they will remember! " +
      "We must wage war on poverty. He urged listeners to “make an example” of the reporter.";
    expect(callsIn(text).map((c) => [c.text, c.label])).toEqual([
      ["commands the faithful to wage war against the unbelievers.", "violence"],
      ["Let's give them a war they will remember!", "violence"],
      ["We must wage war on poverty.", "act"],
      ["urged listeners to “make an example” of the reporter.", "violence"],
    ]);
  });

  it("reads 'let's not' + a verb as a refusal, but not 'let's not kid ourselves'", () => {
    const text = "But let’s not take at face value anything they tell us. Let's not kid ourselves about it.";
    expect(callsIn(text).map((c) => [c.text, c.label])).toEqual([
      ["let’s not take at face value anything they tell us.", "refuse"],
    ]);
  });

  it("marks a wish for a named person's death as quoted when a verb of saying reports it", () => {
    const calls = callsIn("A post saying that Smith should be hanged was removed. Smith should be shot.");
    expect(calls.map((c) => [c.text, c.label, c.quoted])).toEqual([
      ["Smith should be hanged was removed.", "violence", true],
      ["Smith should be shot.", "violence", false],
    ]);
  });

  it("reads norms laid on the audience or anyone: 'the faithful are obliged to', 'one must'", () => {
    const text =
      "If it is declared, the faithful are obliged to resist and refute it. Then one must also encourage priests to help. " +
      "One must admit that it failed. Obviously we need to support our first responders.";
    expect(callsIn(text).map((c) => [c.text, c.label])).toEqual([
      ["the faithful are obliged to resist and refute it.", "refuse"],
      ["one must also encourage priests to help.", "act"],
      ["we need to support our first responders.", "act"],
    ]);
  });

  it("reads 'we must' after 'So,' or a conjunction inside a clause, 'we can't let', and 'we sure should'", () => {
    const text =
      "So, we have to stop the cuts. Wages fell for years and we need to make it clear that we stand with workers. " +
      "Prices rose and we should note which ones did. Our country's a mess, and we can't let them break our borders. " +
      "We can't let go of the past. He lied and we sure should believe him.";
    expect(callsIn(text).map((c) => c.text)).toEqual([
      "we have to stop the cuts.",
      "we need to make it clear that we stand with workers.",
      "we can't let them break our borders.",
      "we sure should believe him.",
    ]);
    expect(callsIn(text).map((c) => c.label)).toEqual(["act", "act", "refuse", "believe"]);
  });

  it("labels each kind of call in a mobilising text", () => {
    const calls = callsIn(fixture("rally.txt"));
    expect(find(calls, "Join the picket")?.label).toBe("join");
    expect(find(calls, "never forget the workers")?.label).toBe("remember");
    expect(find(calls, "Do not accept")?.label).toBe("refuse");
    expect(find(calls, "Spread the word")?.label).toBe("share");
    expect(find(calls, "Remember Haymarket")?.label).toBe("remember");
    expect(find(calls, "Burn their factories")?.label).toBe("violence");
    expect(calls.every((c) => c.quoted === false)).toBe(true);
    // The headline "Stand Together" announces; it is not a call.
    expect(find(calls, "Stand Together")).toBeUndefined();
  });

  it("finds the addressee named by a vocative", () => {
    const calls = callsIn(
      "Brothers and sisters, let us pray for the sick. Readers, donate what you can today.",
    );
    expect((calls[0].addressee as { text: string }).text).toBe("Brothers and sisters");
    expect(calls[0].label).toBe("act");
    expect((calls[1].addressee as { text: string }).text).toBe("Readers");
    expect(calls[1].label).toBe("donate");
  });

  it("leaves recipes, UI instructions and discourse 'let's' alone", () => {
    expect(callsIn(fixture("ordinary.txt"))).toEqual([]);
  });

  it("marks a call inside someone else's quotation as quoted", () => {
    const calls = callsIn(fixture("report.txt"));
    expect(calls).toHaveLength(2);
    expect(calls[0]).toMatchObject({ label: "violence", quoted: true });
    expect(calls[0].text).toContain("Fight the invaders");
    // An advisory reported to the public is someone else's call (test-2 u02, test-3 w12).
    expect(calls[1]).toMatchObject({
      label: "act",
      quoted: true,
      text: "Residents were advised to stay indoors.",
    });
  });

  it("marks a call quoted when it lies in an upstream attribution's content", () => {
    const text = "The preacher said: we must rise up and reclaim the land.";
    const from = text.indexOf("we must");
    const to = text.length - 1;
    const attribution: Annotation = {
      type: "attribution",
      label: "indirect",
      start: 0,
      end: to,
      text: text.slice(0, to),
      source: { start: 0, end: 12, text: "The preacher" },
      cue: { start: 13, end: 17, text: "said" },
      content: { start: from, end: to, text: text.slice(from, to) },
      direct: false,
      entity: null,
      via: null,
      why: ["test"],
    };
    const alone = callsIn(text);
    expect(alone).toHaveLength(1);
    expect(alone[0]).toMatchObject({ label: "act", quoted: false });
    const linked = callsIn(text, { attributions: { annotations: [attribution] } });
    expect(linked[0]).toMatchObject({ label: "act", quoted: true });
    expect(linked[0].why).toContain("inside the content of an attribution");
  });

  it("keeps a URL inside the call it belongs to", () => {
    const calls = callsIn("Please donate today at https://www.example.org/give.");
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      label: "donate",
      text: "donate today at https://www.example.org/give.",
    });
  });

  it("does not read a name or a headline as a violent imperative", () => {
    expect(callsIn("Lynch still has the final say. Lynch speaks often about race.")).toEqual([]);
    expect(callsIn("Lynch Closes The Door on Clinton Probe.\n\nThe case is closed.")).toEqual([]);
    expect(callsIn("Lynch them all.")[0]?.label).toBe("violence");
  });

  it("applies its English word lists to English paragraphs only", () => {
    const text =
      "Join the march on Saturday and bring your neighbours!\n\n" +
      "Die Regierung hat heute angekündigt, dass die neuen Regeln ab nächster Woche gelten und alle Bürger betroffen sind. " +
      "Die Opposition kritisiert den Plan scharf und verlangt eine Abstimmung im Parlament, bevor die Regeln in Kraft treten. Join die Partei.";
    const calls = callsIn(text);
    expect(calls.map((c) => c.label)).toEqual(["join"]);
    expect(calls[0].text).toContain("Join the march");
  });

  it("reads shouted capitals as calls, not headlines", () => {
    expect(callsIn("RISE UP AND FIGHT THEM\n\nDO NOT COMPLY")).toMatchObject([
      { label: "violence" },
      { label: "refuse" },
    ]);
  });

  it("skips questions and rhetorical reminders", () => {
    expect(callsIn("Should we fight them? Remember, the vote is close. Don't forget that he lied.")).toEqual(
      [],
    );
  });

  it("reads the grammar of calls: deontic adjectives, collective subjects, passives, headline imperatives", () => {
    const calls = callsIn(fixture("grammar.txt"));
    expect(calls.map((c) => [c.label, c.text])).toEqual([
      ["refuse", "Stop Blaming Nurses for the Hospital Crisis"],
      ["act", "It is absolutely imperative that we keep the clinic open."],
      ["act", "What is essential is that we vote in May."],
      ["refuse", "Our town must reject this plan."],
      ["act", "America must stand firm."],
      ["act", "it must be reversed."],
      ["join", "Go join the nurses at the gate."],
      ["act", "we'd better organise now."],
      ["act", "let's march together on Friday."],
    ]);
    expect((calls[3].addressee as { text: string }).text).toBe("Our town");
    expect(calls.every((c) => c.quoted === false)).toBe(true);
  });

  it("leaves arguments, predictions, hindsight, third parties, titles and list items alone", () => {
    expect(callsIn(fixture("not-calls.txt"))).toEqual([]);
  });

  it("reads a reported call for killing as violence, 'don't be fooled' as a refusal, and leaves cheers alone", () => {
    expect(callsIn("The preacher was calling for the murder of apostates.").map((c) => c.label)).toEqual([
      "violence",
    ]);
    expect(callsIn("Don't be fooled by the ads.").map((c) => c.label)).toEqual(["refuse"]);
    expect(callsIn("Don't be afraid.").map((c) => c.label)).toEqual(["act"]);
    expect(callsIn("Let's go Rangers!")).toEqual([]);
  });

  it("reads polite appeals for money, shouted refusals, 'act boldly' and 'kick them in' as calls", () => {
    const calls = callsIn(
      "Any donations would be appreciated to cover the fees. DO NOT HARASS MY FAMILY. Act boldly, friends. " +
        "If they come back, kick them in the knees. He kept asking new hires questions to test them.",
    );
    expect(calls.map((c) => c.label)).toEqual(["donate", "refuse", "act", "violence"]);
  });

  it("reads 'you should learn to' as advice to the reader, not other bare 'you should'", () => {
    expect(callsIn("You should learn to call them by their names.").map((c) => c.label)).toEqual(["act"]);
    expect(callsIn("You should see the look on his face.")).toEqual([]);
  });

  it("keeps a reported urge after 'used to' when it is not a habit", () => {
    expect(
      callsIn("The post was used to encourage students to vote against him.").map((c) => c.label),
    ).toEqual(["act"]);
  });

  it("reads a killing command after its condition as violence", () => {
    const calls = callsIn("If they come back, then seize them and kill them where they stand.");
    expect(calls.map((c) => [c.text, c.label])).toEqual([
      ["seize them and kill them where they stand.", "violence"],
    ]);
  });

  it("reads a passive demand of harm on people as violence; 'we will not be silenced' promises", () => {
    expect(callsIn("They must be hanged.")[0]?.label).toBe("violence");
    expect(callsIn("They must be questioned by the police.")).toEqual([]);
    // Promises and slogans of defiance are not calls (train-3 c16); "We will not comply" refuses.
    expect(
      callsIn("We will not be silenced. We will never surrender. We will not allow them to win."),
    ).toEqual([]);
    expect(callsIn("We will not comply.")[0]?.label).toBe("refuse");
  });

  it("reads advice after a condition, pleas, list items of harm, norms on groups and polite refusals", () => {
    const text =
      "While abroad, if you feel unwell, do not attempt to drive. Instead, move to a safe place. " +
      "If the sky is clear, be sure to look for the comet. " +
      "If the dough sticks, add flour. Consider it and then, please, support the appeal. " +
      "Friends, please give serious thought to it. " +
      "He said: “One – the worst – burn them alive.\nSecond – hang them all.” " +
      "Parents everywhere should be furious. American comedians need to mock it and voters need to act. " +
      "We cannot give in to threats. We can't afford to be timid. You guys have to all go home. " +
      "You have to turn left at the gate. I don't think we should rush.";
    expect(callsIn(text).map((c) => [c.text, c.label])).toEqual([
      ["do not attempt to drive.", "refuse"],
      ["move to a safe place.", "act"],
      ["be sure to look for the comet.", "act"],
      ["please, support the appeal.", "act"],
      ["give serious thought to it.", "act"],
      ["burn them alive.\nSecond – hang them all.", "violence"],
      ["Parents everywhere should be furious.", "act"],
      ["American comedians need to mock it", "act"],
      ["voters need to act.", "act"],
      ["We cannot give in to threats.", "refuse"],
      ["We can't afford to be timid.", "refuse"],
      ["You guys have to all go home.", "act"],
      ["we should rush.", "refuse"],
    ]);
  });

  it("marks calls in single quotes, block quotes and a headline speaker's words as quoted", () => {
    const single = callsIn("‘Go join the new party’: minister quits.\n\nThe students’ union met.");
    expect(single).toMatchObject([{ label: "join", quoted: true }]);
    const straight = callsIn("Mayor on the floods: 'We have to rebuild the bridge'\n\nThe rain stopped.");
    expect(straight).toMatchObject([{ quoted: true }]);
    const block = callsIn(
      "In a speech last July, he said:\n\nThe plan is a disaster, and it must be abandoned.",
    );
    expect(block).toMatchObject([{ label: "act", quoted: true }]);
    const headline = callsIn(
      "EXCLUSIVE – Jane Doe: Don’t Trust the New Budget Figures.\n\nThe budget is out.",
    );
    expect(headline).toMatchObject([{ label: "refuse", quoted: true }]);
    // The writer's own headline stays the writer's.
    expect(callsIn("Watch: Don’t Trust the New Budget Figures.\n\nThe budget is out.")).toMatchObject([
      { label: "refuse", quoted: false },
    ]);
  });

  it("reads 'it's time' and 'we must' inside a clause, doubled-apostrophe quotes and campaign imperatives", () => {
    const text =
      "He closed by saying, ''It's time to fix the roads.'' Critics argued that it’s time to unite. " +
      "I think we have to rebuild the bridge. I don't think we should wait. " +
      "Those are the steps we have to take. The plan would ''destroy our parks,'' he said. " +
      "Keep the faith. Keep in mind the cost. Build the library!";
    expect(callsIn(text).map((c) => [c.text, c.quoted])).toEqual([
      ["It's time to fix the roads.", true],
      ["it’s time to unite.", false],
      ["we have to rebuild the bridge.", false],
      // A polite refusal (test-3 w21 "I don't think we should jump to conclusions").
      ["we should wait.", false],
      ["Keep the faith.", false],
      ["Build the library!", false],
    ]);
  });

  it("labels a call to harm as violence in every form of the grammar", () => {
    const text =
      "It is time to take up arms. It is imperative that we strike them now. They must be exterminated. " +
      "Our nation must destroy them. We'd better fight them before winter.";
    expect(callsIn(text).map((c) => c.label)).toEqual([
      "violence",
      "violence",
      "violence",
      "violence",
      "violence",
    ]);
  });

  it("reads pleas with any verb, shouted commands after a statement, and open-class verbs on everyone or the reader", () => {
    const text =
      "Please read the letter, and if you agree please share. He was mocked online, DO NOT HARASS MY FRIEND. " +
      "Replace every cheat on the board. Read the report for yourselves and decide. " +
      "Please ask yourself why. Heat the oven and add the flour.";
    expect(callsIn(text).map((c) => [c.text, c.label])).toEqual([
      ["read the letter, and if you agree please share.", "share"],
      ["DO NOT HARASS MY FRIEND.", "refuse"],
      ["Replace every cheat on the board.", "act"],
      ["Read the report for yourselves and decide.", "act"],
    ]);
  });

  it("reads 'the time to X is now', 'owes it to himself to' and norms on anyone who ...", () => {
    const text =
      "The time to stand up for the parks is now. Every voter owes it to himself to read the plan. " +
      "Anyone who still trusts the board should read the minutes. The senator owes it to himself to resign. " +
      "The public watching the hearing must remember one rule.";
    expect(callsIn(text).map((c) => [c.text, c.label])).toEqual([
      ["The time to stand up for the parks is now.", "act"],
      ["Every voter owes it to himself to read the plan.", "act"],
      ["Anyone who still trusts the board should read the minutes.", "act"],
      ["The public watching the hearing must remember one rule.", "remember"],
    ]);
  });

  it("leaves out the writer's working-out, a 'let's be reasonable' aside and imperatives to a named person", () => {
    const text =
      "We need to figure out what to do with it. Let's be reasonable. Keep the money, Smith. Please explain your vote.";
    expect(callsIn(text)).toEqual([]);
  });

  it("reads group norms on a feeling, a doing, knowing or remembering, and with one modifier", () => {
    const text =
      "Everyone should be as upset about this as the nurses are. Voters should be celebrating the result. " +
      "Conservatives need to remember that the vote is close. Journalists need to know that the law protects them. " +
      "Privacy advocates must fight. Mr. Hale said citizens should be outraged by the time and money spent. " +
      "In all the noise of the campaign, the masses should never forget the promises.";
    expect(callsIn(text).map((c) => [c.text, c.label, c.quoted])).toEqual([
      ["Everyone should be as upset about this as the nurses are.", "act", false],
      ["Voters should be celebrating the result.", "act", false],
      ["Conservatives need to remember that the vote is close.", "act", false],
      ["Journalists need to know that the law protects them.", "act", false],
      ["Privacy advocates must fight.", "act", false],
      ["citizens should be outraged by the time and money spent.", "act", true],
      ["the masses should never forget the promises.", "remember", false],
    ]);
  });

  it("binds the audience through adverbs, duties and 'it is time that we'", () => {
    const text =
      "We desperately need to clean up the council. We ourselves should be the checkers! " +
      "We all need to raise our voices in defense of free speech. " +
      "We have a responsibility to our town to be the checkers, and not let men with power, wealth, and friends do it. " +
      "It is time that we recognize that every vote matters.";
    expect(callsIn(text).map((c) => [c.text, c.label])).toEqual([
      ["We desperately need to clean up the council.", "act"],
      ["We ourselves should be the checkers!", "act"],
      ["We all need to raise our voices in defense of free speech.", "act"],
      [
        "We have a responsibility to our town to be the checkers, and not let men with power, wealth, and friends do it.",
        "act",
      ],
      ["It is time that we recognize that every vote matters.", "act"],
    ]);
  });

  it("reads reported warnings against a deed and incitement, not statements told or people moved", () => {
    const text =
      "Critics warned Smith and his supporters against prematurely celebrating. " +
      "These pamphlets incite readers to attack the guards. " +
      "He told the crowd that the union is scaring voters in order to get more members. " +
      "The general ordered 500 soldiers to be deployed at the border. The elder told his followers to be united.";
    expect(callsIn(text).map((c) => [c.text, c.label, c.quoted])).toEqual([
      ["warned Smith and his supporters against prematurely celebrating.", "refuse", true],
      ["incite readers to attack the guards.", "violence", true],
      ["told his followers to be united.", "act", true],
    ]);
  });

  it("reads 'don't panic' as encouragement, also after a fronted adverbial", () => {
    const text = "In short, don't panic: the vote is weeks away. Above all, do not give up.";
    expect(callsIn(text).map((c) => [c.text, c.label])).toEqual([
      ["don't panic", "act"],
      ["do not give up.", "refuse"],
    ]);
  });

  it("reads the writer's 'I hope that you will <mobilising verb>' as a request, not other hopes", () => {
    const text =
      "If you agree, I hope that you will support the petition. I hope you will enjoy the show. " +
      "I hope the voters can see through this.";
    expect(callsIn(text).map((c) => [c.text, c.label])).toEqual([
      ["I hope that you will support the petition.", "act"],
    ]);
  });

  it("reads scripture's commands quoted at the reader when a reference closes the quotation", () => {
    const text =
      "The bishops err. “Leave them; they are blind men.” (Matthew 15:14) " +
      "The rule is old: “If a man denies it, do not receive him in your house.” (2 John 1:10) " +
      "The guide said: “Leave them at the gate.” Then we walked on.";
    expect(callsIn(text).map((c) => [c.text, c.label, c.quoted])).toEqual([
      ["Leave them", "refuse", true],
      ["do not receive him in your house.", "refuse", true],
    ]);
  });

  it("reads share lists, a SHARE: post, an impersonal need to spread and an argued follow appeal", () => {
    const text =
      "Only you can keep this site alive.\nShare, Tweet, Email or Bookmark us\n" +
      "SHARE: https://t.co/abc123 — Jane Roe (@janeroe) May 2, 2019\n" +
      "Though the ban is over, this video is vital to share far and wide, since more may come.\n" +
      "Please be sure to follow Jane Roe on Facebook to support her fight for free speech.\n" +
      "Follow Jane Roe on Twitter.\nShare this story!\nSHARE: Facebook Twitter\n" +
      "Be sure to follow our page to get the latest news.\n";
    expect(callsIn(text).map((c) => [c.text, c.label, c.quoted])).toEqual([
      ["Share, Tweet, Email or Bookmark us", "share", false],
      ["SHARE", "share", true],
      ["this video is vital to share far and wide", "share", false],
      ["Please be sure to follow Jane Roe on Facebook to support her fight for free speech", "join", false],
    ]);
  });

  it("reads reported urges to convert (even to a class) and a polity's appeal to remember", () => {
    const text =
      "The leaflet kept encouraging the students to embrace Islam. " +
      "The teacher asked the students to write the alphabet. " +
      "The bishop appealed to the West not to forget the refugees. " +
      "He urged the West to impose sanctions. " +
      "The pope invited the world's bishops to sign the letter.";
    expect(callsIn(text).map((c) => [c.text, c.label, c.quoted])).toEqual([
      ["encouraging the students to embrace Islam.", "believe", true],
      ["appealed to the West not to forget the refugees.", "remember", true],
      ["invited the world's bishops to sign the letter.", "act", true],
    ]);
  });

  it("reads a Title Case line with a period, acronyms and minor words as a headline, not a call", () => {
    const text =
      "Markets wobble.\nYou Should Not Take the EU’s Patience for Granted.\nSome analysts disagree.\n" +
      "Friends, let us pray for Archbishop Smith.\n";
    expect(callsIn(text).map((c) => [c.text, c.label])).toEqual([
      ["let us pray for Archbishop Smith.", "act"],
    ]);
  });

  it("reads a shouted imperative of three words or fewer as a slogan, a shouted refusal as a call", () => {
    const text = "The verdict was a travesty. FIX THE BORDER! DO NOT COMPLY! JOIN THE MARCH ON FRIDAY!";
    expect(callsIn(text).map((c) => [c.text, c.label])).toEqual([
      ["DO NOT COMPLY!", "refuse"],
      ["JOIN THE MARCH ON FRIDAY!", "join"],
    ]);
  });

  it("reads a we-norm that urges one person or an official as a demand passed on, not a call", () => {
    const text =
      "Instead, we should encourage him to take the next plane home. We must press the government to act. " +
      "We must urge our neighbours to vote.";
    expect(callsIn(text).map((c) => [c.text, c.label])).toEqual([
      ["We must urge our neighbours to vote.", "act"],
    ]);
  });

  it("reads a reported prompt to imagine and a warning about a topic as no urge", () => {
    const text =
      "The next lesson asks students to imagine that whales can fly. " +
      "He wants to warn his supporters about the risk of failing to vote. " +
      "He warned his supporters to stay home.";
    expect(callsIn(text).map((c) => [c.text, c.label])).toEqual([
      ["warned his supporters to stay home.", "act"],
    ]);
  });

  it("reads a generic 'you have to' with a verb of mobilising as a call, other bare you-norms not", () => {
    const text =
      "“You have to organize and find ways to win,” she said. “You must speak up against it,” he said. " +
      "You have to go the other way at the lights.";
    expect(callsIn(text).map((c) => [c.text, c.label, c.quoted])).toEqual([
      ["You have to organize and find ways to win,", "act", true],
      ["You must speak up against it,", "act", true],
    ]);
  });

  it("reads 'sign up here' as a form's caption, 'sign up to volunteer' as a call", () => {
    const text =
      "If you are not on our list, please sign up here. Please sign up to volunteer for the march.";
    expect(callsIn(text).map((c) => [c.text, c.label])).toEqual([
      ["sign up to volunteer for the march.", "join"],
    ]);
  });

  it("reads 'we should' after a past-tense 'if' clause as a prediction, after a present one as a call", () => {
    const text =
      "It was idle to think that, if we tried to make peace now, we should get better terms. " +
      "If you love this town, we should all vote on Tuesday.";
    expect(callsIn(text).map((c) => [c.text, c.label])).toEqual([["we should all vote on Tuesday.", "act"]]);
  });

  it("reads a quotation that opens with 'People need to' as a norm on everyone, a bare one not", () => {
    const text =
      "He said: “People need to check the facts before they rage.” People need to connect somehow.";
    expect(callsIn(text).map((c) => [c.text, c.label, c.quoted])).toEqual([
      ["People need to check the facts before they rage.", "act", true],
    ]);
  });

  it("labels a norm to shed one's trust or support as a refusal", () => {
    const text = "Voters must abandon their trust in the old party. Voters must shed a few pounds of doubt.";
    expect(callsIn(text).map((c) => [c.text, c.label])).toEqual([
      ["Voters must abandon their trust in the old party.", "refuse"],
      ["Voters must shed a few pounds of doubt.", "act"],
    ]);
  });

  it("keeps every span exact on all fixtures", () => {
    const pipeline = createPipeline({ analyzers: [standalone(callsAnalyzer)] });
    for (const name of ["rally.txt", "ordinary.txt", "report.txt", "grammar.txt", "not-calls.txt"]) {
      const result = pipeline({ text: fixture(name) });
      expect(checkSpans(result)).toEqual([]);
    }
  });
  it("keeps a quoted fragment that calls for bodily harm, not one that fights figuratively", () => {
    const calls = callsIn(
      "He called his “punch a banker” post a joke. The party would “fight those who want to change the law.”",
    );
    expect(calls.map((c) => [c.text, c.label, c.quoted])).toEqual([["punch a banker", "violence", true]]);
  });

  it("reads a 'we must' about legislation, budgets or taxes as policy, one about unity or memory as a call", () => {
    const text =
      "“We need to reform the pension tax,” he said. “We must not balance the budget on the backs of the poor.” " +
      "“We should scrap the superdelegates,” a member said. “We have to solve this problem,” she said. " +
      "“We must stand together as neighbours,” he said. “We need to remember who we are,” she said. " +
      "“We have to stop this tax,” the organiser said. We cannot accept this reform.";
    expect(callsIn(text).map((c) => [c.text, c.label])).toEqual([
      ["We must stand together as neighbours,", "act"],
      ["We need to remember who we are,", "remember"],
      ["We have to stop this tax,", "act"],
      ["We cannot accept this reform.", "refuse"],
    ]);
  });

  it("reads an office-holder's 'we' as the body the office speaks for, unless the deed is the public's", () => {
    const text =
      "“We must be ready for a long winter,” the finance minister said. " +
      "The deputy minister spoke at the port. “We must not panic over rumours,” he told reporters. " +
      "“We must stand together,” the minister said. “We must never give the board that power,” she wrote to her colleagues.";
    expect(callsIn(text).map((c) => c.text)).toEqual(["We must stand together,"]);
    const vigilant = "“We must be very careful with rumours,” the minister said.";
    expect(callsIn(vigilant).map((c) => c.text)).toEqual(["We must be very careful with rumours,"]);
  });

  it("takes the domain of an anaphoric 'we must do the same' from its sentence", () => {
    const text =
      "Other states have cut their tariffs, and we must do the same so our farms can sell abroad. " +
      "Our neighbours have joined the march, and we must do the same.";
    expect(callsIn(text).map((c) => c.text)).toEqual(["we must do the same."]);
  });

  it("reads 'must be' with a progressive, 'we need to find out', a wanted leader and 'the Democrats' as no calls", () => {
    const text =
      "Voters must be wondering about the result. We have to find out what went wrong. " +
      "We ought to have someone who listens. The Democrats must consider new rules. Democrats must vote tomorrow.";
    expect(callsIn(text).map((c) => c.text)).toEqual(["Democrats must vote tomorrow."]);
  });

  it("leaves a host's instructions to the people in the room, not a figurative 'stand up'", () => {
    const text =
      "The priest asked the congregation to stand during the hymn. Please take your seats. " +
      "Let's save the speeches for later. She urged the crowd to stand up against the cuts.";
    expect(callsIn(text).map((c) => c.text)).toEqual(["urged the crowd to stand up against the cuts."]);
  });

  it("labels an urge to turn away as a refusal and one to give one's trust as belief", () => {
    const text =
      "He encouraged voters to “turn away” from the senator. She urged voters to transfer their trust to her deputy.";
    expect(callsIn(text).map((c) => [c.text, c.label])).toEqual([
      ["encouraged voters to “turn away” from the senator.", "refuse"],
      ["urged voters to transfer their trust to her deputy.", "believe"],
    ]);
  });

  it("reads the speaker's own 'I ask you to' and 'I want people to' as appeals, not a plea to one person", () => {
    const text =
      "“Tonight, I ask you to vote for her,” he said. “I want all Americans to remember our history,” she said. " +
      "Your Honor, I urge you to read the file. I want to assure all of you that we are ready to help. " +
      "I want you to know that it was hard.";
    expect(callsIn(text).map((c) => [c.text, c.label])).toEqual([
      ["I ask you to vote for her", "act"],
      ["I want all Americans to remember our history", "remember"],
    ]);
  });

  it("labels belief after an adverb or in 'have the faith', and 'join me in -ing' as a deed", () => {
    const text =
      "We must always believe in a better tomorrow. We need to have the faith of our fathers. " +
      "I ask you all to join me and my family in praying for the victims. Join our movement today.";
    expect(callsIn(text).map((c) => c.label)).toEqual(["believe", "believe", "act", "join"]);
  });

  it("reads 'must no longer', 'it's time we stopped -ing' and 'must cease' as refusals", () => {
    const text =
      "We must no longer fund the people who ruined our schools. It's time we stopped pretending otherwise. " +
      "We must cease our silence about these crimes. We can no longer dwell on the past but must focus on the future.";
    expect(callsIn(text).map((c) => c.label)).toEqual(["refuse", "refuse", "refuse", "act"]);
  });

  it("reads 'please consider a donation', 'send contributions' and 'support us financially' as gifts asked", () => {
    const text =
      "If you liked this essay, please consider a donation. In lieu of flowers, please send contributions to the food bank. " +
      "Support them financially if you can. Please consider the evidence.";
    expect(callsIn(text).map((c) => c.label)).toEqual(["donate", "donate", "donate"]);
  });

  it("reads a command after a condition that lists its cases, after a mid-sentence 'if you', and 'come forward'", () => {
    const text =
      "If you are threatened, harassed, or followed home, report it to the police. " +
      "Let me repeat, as I said last week, if you saw the fight, contact the school. " +
      "If you were on the bus that night, come forward. " +
      "If you want to deal with hecklers, at the moment they begin to shout, stop calling on them.";
    expect(callsIn(text).map((c) => c.text)).toEqual([
      "report it to the police.",
      "contact the school.",
      "come forward.",
    ]);
  });

  it("leaves a speaker's 'I should be killed', a link pointed at and 'people should take a look'", () => {
    const text =
      "“He shouted that I should be killed,” she said. “Please check this https://example.org/facts .” " +
      "“People should take a look at that,” he added. A post said that Obama should be hanged.";
    expect(callsIn(text).map((c) => c.label)).toEqual(["violence"]);
  });

  it("reads 'our job / your duty is to ...' as the audience's task", () => {
    const text =
      "Our job, whatever the polls say, is to knock on every door in this town. " +
      "Your duty as parents is to read to your children. Our aim is to be open.";
    expect(callsIn(text).map((c) => c.text)).toEqual([
      "Our job, whatever the polls say, is to knock on every door in this town.",
      "Your duty as parents is to read to your children.",
    ]);
  });

  it("reads 'we are (all) called to' and 'we are to' as the audience's vocation or duty", () => {
    const text =
      "We are all called to serve the poor in our city. We are to forgive those who wrong us. " +
      "You are to report to the office at nine.";
    expect(callsIn(text).map((c) => c.text)).toEqual([
      "We are all called to serve the poor in our city.",
      "We are to forgive those who wrong us.",
    ]);
  });

  it("reads the writer's 'you should be outraged' and 'no Christian should ever comply' as calls", () => {
    const text =
      "You should be outraged at this council. No patriot should ever comply with such an order. " +
      "“You should be careful,” she told him. No one should have to wait that long.";
    expect(callsIn(text).map((c) => [c.text, c.label])).toEqual([
      ["You should be outraged at this council.", "act"],
      ["No patriot should ever comply with such an order.", "refuse"],
    ]);
  });

  it("reads an urge whose group is widened or narrowed by an aside before its infinitive", () => {
    const text =
      "I implore everyone, especially parents, to speak up at the meeting. " +
      "I urge my neighbors (and anyone else) to sign the petition. He told the crowd, to cheers, that he would win.";
    expect(callsIn(text).map((c) => c.text)).toEqual([
      "I implore everyone, especially parents, to speak up at the meeting.",
      "I urge my neighbors (and anyone else) to sign the petition.",
    ]);
  });

  it("reads 'now is the time to', a verbless 'Time for the laity to' and 'it is on all of us to' as calls", () => {
    const text =
      "Now more than ever is the time to demand a fair trial. Time for the laity to choose a new council. " +
      "It is on all of us to debunk these myths. Time for US to do the same. It's up to each of us to vote.";
    expect(callsIn(text).map((c) => c.text)).toEqual([
      "Now more than ever is the time to demand a fair trial.",
      "Time for the laity to choose a new council.",
      "It is on all of us to debunk these myths.",
      "It's up to each of us to vote.",
    ]);
  });

  it("reads 'let us not lose hope' as encouragement and 'renew faith' as belief, 'Keep the faith' as a deed", () => {
    const text =
      "Let us not lose hope in these dark days. Let us all renew faith in our community. Keep the faith, friends. Never give up.";
    expect(callsIn(text).map((c) => c.label)).toEqual(["act", "believe", "act", "refuse"]);
  });

  it("leaves an order to the members of a body, not an order to a people", () => {
    const text =
      "The chairman ordered the members of the panel to keep the vote secret. " +
      "The bishop ordered all the priests in his diocese to read the letter. " +
      "The militia leader ordered all invaders to leave the valley.";
    expect(callsIn(text).map((c) => c.text)).toEqual(["ordered all invaders to leave the valley."]);
  });

  it("leaves a body carrying on its own work, not 'continue to fight' or 'continue the work of'", () => {
    const text =
      "We must continue in our work of protecting children. We must continue to build on the good work that we have done. " +
      "We must continue to fight for our schools. We must continue the work of our founders.";
    expect(callsIn(text).map((c) => c.text)).toEqual([
      "We must continue to fight for our schools.",
      "We must continue the work of our founders.",
    ]);
  });

  it("reads 'it is also the time to' and 'I think it's time we' as calls", () => {
    const text =
      "These are hard times, but it is also the time to stay awake. " +
      "She made a proposal that I think it's time we all started taking seriously.";
    expect(callsIn(text).map((c) => c.text)).toEqual([
      "it is also the time to stay awake.",
      "it's time we all started taking seriously.",
    ]);
  });

  it("reads 'Nor must we join them' as a refusal and a manner adverb before an imperative's gate", () => {
    const text = "We must no longer fund them. Nor must we join their applause. Pray earnestly for the sick.";
    expect(callsIn(text).map((c) => [c.text, c.label])).toEqual([
      ["We must no longer fund them.", "refuse"],
      ["Nor must we join their applause.", "refuse"],
      ["Pray earnestly for the sick.", "act"],
    ]);
  });

  it("reads urges to nuns and a body's 'we still encourage you to', not 'Cardinal Smith, we beg you to' or a relative norm", () => {
    const text =
      "The sisters were exhorted to “stay awake”. The prior warned the nuns against bringing novices from abroad. " +
      "These are rules that all nuns are required to observe, after approval. " +
      "We still encourage you to reach out to the police first. Cardinal Smith, we beg you to act now.";
    expect(callsIn(text).map((c) => c.label)).toEqual(["act", "refuse", "act"]);
  });

  it("leaves scripture's 'be afraid' and 'Think not that ...', reads 'His disciples' as a group", () => {
    const text =
      "Christ commanded His disciples to love one another. But if thou do that which is evil, be afraid; for he beareth the sword. " +
      "Be not afraid. “Think not that I am come to destroy the law” (Matthew 5:17).";
    expect(callsIn(text).map((c) => c.text)).toEqual([
      "commanded His disciples to love one another.",
      "Be not afraid.",
    ]);
  });

  it("leaves a feature's 'it's time to revisit / look back at', not 'it's time to act'", () => {
    const text =
      "As the year ends, it's time to revisit the best speeches of 2016. It's time to look back at the season. " +
      "It's time to stand up for our schools.";
    expect(callsIn(text).map((c) => c.text)).toEqual(["It's time to stand up for our schools."]);
  });

  it("reads 'Share their articles' as an appeal to share, 'pay their fair share' as a deed", () => {
    const text =
      "Share their articles on your own accounts. Please make the rich pay their fair share of taxes.";
    expect(callsIn(text).map((c) => c.label)).toEqual(["share", "act"]);
  });

  it("reads a command closed by a tag ('..., OK?') as a call, a real question not", () => {
    const text = "Let's not give them that, OK? Should we give them that?";
    expect(callsIn(text).map((c) => [c.text, c.label])).toEqual([
      ["Let's not give them that, OK?", "refuse"],
    ]);
  });

  it("reads 'Be humble' as a virtue asked", () => {
    expect(callsIn("My advice to every graduate is this: Be humble.").map((c) => c.text)).toEqual([
      "Be humble.",
    ]);
  });

  it("reads a norm on 'those who ...' as a call on everyone who does it", () => {
    const text =
      "The count ended today. Those who lose should support the winner. Those who did this will be found.";
    expect(callsIn(text).map((c) => c.text)).toEqual(["Those who lose should support the winner."]);
  });

  it("labels 'Don't be a sucker' and 'Let us never be silent' as refusals, 'Don't be afraid' as encouragement", () => {
    const text =
      "Don't be a fool for their promises. Let us never be silent about this. Don't be afraid of them.";
    expect(callsIn(text).map((c) => c.label)).toEqual(["refuse", "refuse", "act"]);
  });

  it("reads death wished on a group as a norm as a call to violence, a named death toll not", () => {
    const text =
      "He wrote online that migrants should “drown” in the sea. Officials said migrants should apply by May. " +
      "Thousands of migrants died at sea.";
    expect(callsIn(text).map((c) => [c.text, c.label, c.quoted])).toEqual([
      ["migrants should “drown” in the sea.", "violence", true],
    ]);
  });

  it("reads a reported urge of violence against people as a call to violence, its condemnation not", () => {
    const text =
      "Critics say the candidate is encouraging violence against reporters. The group condemned inciting violence against anyone.";
    expect(callsIn(text).map((c) => [c.text, c.label])).toEqual([
      ["encouraging violence against reporters.", "violence"],
    ]);
  });

  it("reads violence incited without a target as a call to violence, but not a rule against content meant to incite it", () => {
    const text =
      "Protesters said the mayor was inciting violence at his rallies. The site bans videos meant to incite violence. " +
      "The city encouraged violence prevention programs.";
    expect(callsIn(text).map((c) => [c.text, c.label])).toEqual([
      ["inciting violence at his rallies.", "violence"],
    ]);
  });

  it("reads quoted 'we ought to' and a 'we' clause after a fronted purpose as policy talk", () => {
    const text =
      "“We ought to open the plant again,” he said. “To fix the roads, we have to raise the money,” she said. " +
      "“We have to stand together,” she said.";
    expect(callsIn(text).map((c) => c.text)).toEqual(["We have to stand together,"]);
  });

  it("reads a governor's 'we need to' about a deed of office as policy", () => {
    const text = "“We need to repave every highway,” said Jane Roe, the governor.";
    expect(callsIn(text)).toEqual([]);
  });

  it("reads a 'we' norm about the party, its policy or deportation as policy, 'transform the Democratic Party' as a call", () => {
    const text =
      "“We have to become the party of growth,” he said. “We should deport them all,” he said. " +
      "“We have to transform the Democratic Party,” she said.";
    expect(callsIn(text).map((c) => c.text)).toEqual(["We have to transform the Democratic Party,"]);
  });

  it("reads 'If you ..., you better ...' as a conditional appeal, a bare 'you better' not", () => {
    const text =
      "“If you want lower rents, you better vote for Ann Lee,” he said. “You better hurry,” she told the driver.";
    expect(callsIn(text).map((c) => [c.text, c.label])).toEqual([["you better vote for Ann Lee,", "act"]]);
  });

  it("reads urges to the people in a room or a church ('attendees', 'parishioners') as reported calls", () => {
    const text = "The pastor urged his parishioners to vote. She called on attendees to oppose the plan.";
    expect(callsIn(text).map((c) => c.text)).toEqual([
      "urged his parishioners to vote.",
      "called on attendees to oppose the plan.",
    ]);
  });

  it("reads 'urged them to' as a call when 'them' is a group named before it in the sentence", () => {
    const text =
      "He met young voters at a diner and urged them to vote Tuesday. " +
      "He met the senators and urged them to vote Tuesday. He did what she urged them to do.";
    expect(callsIn(text).map((c) => c.text)).toEqual(["urged them to vote Tuesday."]);
  });

  it("reads a reported fund-raising e-mail or plea and 'asked people to chip in' as appeals for money", () => {
    const text =
      "The campaign sent out two fundraising emails on Monday. She sent a letter to the editor. " +
      "He asked supporters to chip in $5.";
    expect(callsIn(text).map((c) => [c.text, c.label])).toEqual([
      ["sent out two fundraising emails on Monday.", "donate"],
      ["asked supporters to chip in $5.", "donate"],
    ]);
  });

  it("labels a negative plea ('please do not ...') and a call to abandon something as refusals", () => {
    const text = "He said, please do not touch the fence. It's time to abandon this myth.";
    expect(callsIn(text).map((c) => c.label)).toEqual(["refuse", "refuse"]);
  });

  it("reads a reported call for a boycott as a refusal asked of the public", () => {
    const text = "Student groups called for a boycott of the lecture.";
    expect(callsIn(text).map((c) => [c.text, c.label, c.quoted])).toEqual([
      ["called for a boycott of the lecture.", "refuse", true],
    ]);
  });

  it("reads a quoted imperative after an article as a campaign's name, after a possessive as its words", () => {
    const text =
      "The mayor said: “Save the Park!” It was a win for the “Save the Park” movement. " +
      "He deleted his “punch a rival” tweet.";
    expect(callsIn(text).map((c) => c.text)).toEqual(["Save the Park!", "punch a rival"]);
  });

  it("reads a norm on everyone ('everyone in the country should', 'every voter must') as a call, not 'every day' or 'every bishop'", () => {
    const text =
      "I think everyone in the country should be worried. Every voter must show up. " +
      "Every day must count. Every bishop must obey the pope.";
    expect(callsIn(text).map((c) => c.text)).toEqual([
      "everyone in the country should be worried.",
      "Every voter must show up.",
    ]);
  });

  it("reads a hedged 'maybe we should start killing them' as violence, 'maybe we should wait' not as a call", () => {
    const text = "He said maybe we should start killing them. She said maybe we should wait.";
    expect(callsIn(text).map((c) => [c.text, c.label])).toEqual([
      ["we should start killing them.", "violence"],
    ]);
  });
});
