# Held-out set C (issue 14): 10 aeb-dev articles never labelled before, typed from the article text
# alone by GUIDE.md (Conventions included), before any rule was run on them. Report only: never tune
# on it. Run: python3 gold/labelling/heldout-c.py
import json, os
G = []
def A(id, people, orgs, places, ignore, quotes):
    G.append({"id": id, "people": people, "organizations": orgs, "places": places, "ignore": ignore,
              "quotes": [{"text": t, "speaker": s} for t, s in quotes]})

A("04a6711caa7c687592777718866e781e976e0fe684faebe8b3cedcef8cd0ea34",
  ["Trump", "Matt Bevin|Bevin|Matt", "John Bel Edwards|Edwards", "Jim Hood", "Phil Bryant", "Andy Beshear", "Mitch McConnell"],
  ["ABC News", "Reuters", "House", "Senate", "Congress", "White House"],
  ["Virginia", "Mississippi", "Kentucky", "Louisiana", "Ukraine", "Turkey", "Saudi Arabia", "Washington"],
  ["Democrats", "Democratic", "Republican", "Legislature", "America", "@MattBevin"],
  [("Governor @MattBevin has done a wonderful job", "Trump"),
   ("Virginia, with all of the massive amount", "Trump"),
   ("The people of this country aren’t buying", "Trump"),
   ("You gotta give me a big win please", "Trump"),
   ("President Trump’s actions were wrong and he", None),
   ("committed impeachable offenses during his conversation", None)])
A("702d1da63b8e064cb70617620e45c2d116b4912c9bc9d518dcf5ce54bb8057ed",
  ["Trump", "John Williams", "Eswar Prasad", "Xi Jinping|Xi", "Kim Jong-un", "Phil Levy", "Zippy Duvall", "Liu He", "He Jianxiong"],
  ["Federal Reserve Bank of New York", "Cornell", "Flexport", "American Farm Bureau", "International Monetary Fund", "Peterson Institute"],
  ["Beijing", "United States", "China", "Germany", "Europe", "Japan", "Canada", "Mexico", "Chile", "Hanoi", "North Korea", "Washington"],
  ["Trump administration", "Oval Office", "Democratic"],
  [("My people had $20 billion done", "Trump"),
   ("We’re taking in billions of dollars in tariff", "Trump"),
   ("It’s striking that in almost every corner", "John Williams"),
   ("mercurial temperament and predilection to undercutting", "Eswar Prasad"),
   ("By hyping up expectations and setting unrealistic", "Eswar Prasad"),
   ("It makes for better theater to hold", "Phil Levy"),
   ("near-unprecedented economic uncertainty and hardship", "Zippy Duvall"),
   ("time is running out for many in agriculture", "Zippy Duvall"),
   ("than any time in our history, by far", "Trump"),
   ("Without rolling back some of the tariffs", "He Jianxiong")])
A("7dfc3e359d7c0ca48ac9046ae5759286cedf80abe7526fc6c6e6546b9ba43e33",
  ["James Van Der Beek|Van Der Beek|James", "Ally Brooke|Brooke", "Len Goodman", "Bruno Tonioli", "Carrie Ann Inaba|Inaba",
   "Tom Bergeron|Bergeron", "Kimberly"],
  ["Instagram"],
  [],
  ["Fox News|Fox News Flash", "@Vanderkimberly"],
  [("hardest judge’s verdict so far this season", "Tom Bergeron"),
   ("My wife Kimberly and I went through", "James Van Der Beek"),
   ("You never know why these things happen", "James Van Der Beek"),
   ("Hearing the heartbeat was something we never", "James Van Der Beek"),
   ("@Vanderkimberly and I have been through three", "James Van Der Beek"),
   ("But there needs to be zero shame", "James Van Der Beek"),
   ("This is not easy. First of all", "Carrie Ann Inaba"),
   ("Can I give it to James?", "Ally Brooke")])
A("b6906ca016bbfc64c90426e098c75b3e8c84457a77f51f1e7ea6941cb80c2147",
  ["Donald Trump|Trump", "Scott Paul", "Lawrence White", "Howard Gleckman", "Monica de Bolle", "Ross Burkhart", "Daniel Anthony",
   "Mary E. Lovely|Lovely"],
  ["Alliance for American Manufacturing", "New York University", "Stern School of Business",
   "U.S. Customs and Border Protection|Customs and Border Protection", "Costco",
   "Urban Institute-Brookings Institution Tax Policy Center", "Reuters", "Peterson Institute for International Economics",
   "Centre for Economic Policy Research", "Congressional Budget Office", "Boise State University", "Tax Foundation",
   "Trade Partnership", "American Farm Bureau Federation", "Pepsi", "Coca-Cola", "Winnebago", "Syracuse University"],
  ["United States|U.S.|America", "Monroe", "La.", "China", "London", "Washington", "Canada"],
  ["Trump administration", "European Union"],
  [("We talk about it all the time", "Donald Trump"),
   ("As a general matter, import tariffs are", "Lawrence White"),
   ("If the U.S. imposes a tariff on", "Howard Gleckman"),
   ("the full incidence of the tariff falls", "Centre for Economic Policy Research"),
   ("The overall impact is now over $4", "Daniel Anthony"),
   ("About 36% of imports from China", "Mary E. Lovely"),
   ("When the price of these inputs go", "Mary E. Lovely")])
A("a078b3656adc0295d0e37bd4f599342f4a0894da2451e0ef3038ac045434fef3",
  ["Patrick Liu-Shiu-Cheong", "Chris RuiWen Kuo", "Struan WA Wilkie", "Owen Dempsey", "Howard Jones"],
  ["BMJ Case Reports", "Victoria Hospital", "Aberdeen Royal Infirmary"],
  ["UK"],
  ["The Corrs|Corrs", "HP"],
  [("Two months after the onset of the symptoms", None),
   ("had a transformative effect within 2 days", None),
   ("the course of steroids continued ultimately for", None)])

# livescience.com: TNG50 universe simulation
A("3c5bf8db4272925bf1dd5713fc325e179fd0d1cc6fb8c77aa2d917cfd2518a32",
  ["Paul Torrey|Torrey", "Dylan Nelson"],
  ["University of Florida", "Max Planck Institute for Astrophysics", "Monthly Notices of the Royal Astronomical Society",
   "Live Science"],
  ["Stuttgart", "Germany", "Munich"],
  ["IllustrisTNG Project", "Hazel Hen"],
  [("These simulations are huge datasets where we", "Paul Torrey"),
   ("Numerical experiments of this kind are particularly successful", "Dylan Nelson"),
   ("There's a huge road ahead of us", "Paul Torrey")])

# bgr.com: Apple Black Friday 2019 deals
A("e7d77f1869803e24667fa0b985cff27fb4139951a5ffa494bc9ba810df48fb30",
  ["Neil Godwin"],
  ["Apple", "Amazon", "BGR", "AT&T", "T-Mobile", "Sprint", "Verizon", "Future Publishing", "Shutterstock"],
  [],
  ["Beats"],
  [])

# slashgear.com: 2020 Audi e-tron Sportback
A("3cb22bfabed8de715c0813a7bb5052363c96bd71ccce3bb2dfb3ab9d1d7a9bbc",
  [],
  ["Audi", "EPA"],
  ["Europe", "United States|US"],
  ["Amazon", "Bang & Olufsen", "North American"],
  [])

# thespacereview.com: SLS and Congress
A("c00962aabe7bdd1fca78f5360ea7fa93cd7674863b05157e00827506a7aa58c4",
  ["Doug Cooke|Cooke|Mr. Cooke", "Brian Babin|Babin", "Tom Stafford|Stafford", "Tom Young|Young", "Frank Lucas|Lucas",
   "Jim Bridenstine|Bridenstine", "Robert Aderholt|Aderholt", "Ken Bowersox|Bowersox", "Jim Chilton",
   "José Serrano|Serrano"],
  ["NASA", "SpaceX", "Congress", "House Science Committee", "House", "Senate", "Boeing",
   "Boeing Defense, Space, and Security", "United Launch Alliance", "Blue Origin", "Northrop Grumman", "Draper",
   "Lockheed Martin"],
  ["New Orleans", "United States|US"],
  ["Michoud Assembly Facility", "Stennis Space Center", "Republican", "House appropriations subcommittee",
   "TX", "OK", "AL", "NY"],
  [("If NASA focuses on the investment in", "Doug Cooke"),
   ("Every space exploration study conducted over the", "Brian Babin"),
   ("While I share the frustration and delays", "Brian Babin"),
   ("The fewer launches and critical operations per", "Doug Cooke"),
   ("If you don’t have a big booster", "Tom Stafford"),
   ("SLS is not being used for what", "Tom Stafford"),
   ("The mission I did accomplished the whole", "Tom Stafford"),
   ("I cannot disagree with it.", "Tom Stafford"),
   ("But with eight launches, I’ll have to", "Tom Stafford"),
   ("If you don’t have a big booster", "Tom Stafford"),
   ("Managing and contracting experiments must be excluded", "Tom Young"),
   ("A management experiment in my view would", "Tom Young"),
   ("The plate is really full today", "Tom Young"),
   ("I do not really see a required", "Tom Young"),
   ("Adding an additional SLS into the mix", "Jim Bridenstine"),
   ("I understand there is a growing confidence", "Robert Aderholt"),
   ("It depends on what Boeing is willing", "Jim Bridenstine"),
   ("We haven’t seen the performance yet that", "Ken Bowersox"),
   ("Adding an additional SLS into the mix", "Jim Bridenstine"),
   ("What commercial launch vehicles exist today or", "Robert Aderholt"),
   ("There could be an SLS-derived commercial solution", "Jim Bridenstine"),
   ("What is the contingency if, for some", "Robert Aderholt"),
   ("But if commercial’s not available, what’s the", "Robert Aderholt"),
   ("I think, Mr. Ranking Member, that would", "Jim Bridenstine"),
   ("If this forces NASA to reassess its", "Brian Babin"),
   ("We’re not specifying to any of the", "Jim Bridenstine"),
   ("Using the lift capability of NASA’s Space", "Jim Chilton"),
   ("It’s hard to justify any extra spending", "José Serrano"),
   ("in order to have a successful, safe", "José Serrano"),
   ("If this forces NASA to reassess its", "Brian Babin")])

# cbssports.com: Euro 2020 qualifying
A("9a440270bf8625d586039dfae1b8df409b467524e075124cd7a5424a5806901b",
  ["Aaron Ramsey", "Ryan Giggs", "Bruno Fernandes", "Cristiano Ronaldo"],
  ["UEFA"],
  ["Wales", "Hungary", "Europe", "Iceland", "Bulgaria", "Israel", "Romania", "Bosnia and Herzegovina", "Slovakia",
   "Republic of Ireland|Ireland", "Northern Ireland", "Scotland", "Norway", "Serbia", "Georgia", "North Macedonia",
   "Kosovo", "Belarus", "Switzerland", "Denmark", "Gibraltar", "Portugal", "Croatia", "Germany", "Netherlands",
   "Austria", "Finland", "Sweden", "Liechtenstein", "Turkey", "Istanbul", "France", "England", "Czech Republic",
   "Ukraine", "Spain", "Poland", "Belgium", "Russia", "Italy"],
  ["UEFA Nations League"],
  [])

# Halves by site, fixed before any rule was run on the set: `dev` may be tuned on (its first score,
# before tuning, is recorded in the package README); `check` is only ever scored.
CHECK = {"04a6711caa", "702d1da63b", "c00962aabe", "3c5bf8db42", "3cb22bfabe"}  # NYT x2, Space Review, Live Science, SlashGear
for g in G:
    g["half"] = "check" if g["id"][:10] in CHECK else "dev"

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout-c.json"), "w") as f:
    json.dump(G, f, ensure_ascii=False, indent=1)
