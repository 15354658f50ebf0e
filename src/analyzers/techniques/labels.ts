/** The 14 technique labels of the Propaganda Techniques Corpus (SemEval-2020 Task 11), in its order. */
export const PTC_LABELS = [
  "Loaded_Language",
  "Name_Calling,Labeling",
  "Repetition",
  "Doubt",
  "Exaggeration,Minimisation",
  "Appeal_to_fear-prejudice",
  "Flag-Waving",
  "Causal_Oversimplification",
  "Appeal_to_Authority",
  "Slogans",
  "Whataboutism,Straw_Men,Red_Herring",
  "Black-and-White_Fallacy",
  "Thought-terminating_Cliches",
  "Bandwagon,Reductio_ad_hitlerum",
] as const;
