//! Sentence templates. Slots: `{A}` `{B}` `{C}` people of the article (full name and role on
//! first mention, then a short form: surname, `Mr. Yadav`, `Shri ... ji`), `{a}` `{b}` short
//! forms only, `{He}` `{he}` `{his}` pronouns of the first person, `{he2}` of the second, `{P}`
//! `{PF}` the main party (short, full), `{Q}` another party, `{PBODY}` a party body (CWC), `{EC}`
//! an election authority, `{HOUSE}` a house, `{ALLY}` an alliance, `{CITY}` `{STATE}`, `{POLL}`
//! the election in view, dated mentions `{WHEN}` (past), `{UPCOMING}` `{ON}` (coming), `{DATE}`,
//! `{YEAR}` (`in 2019`), `{YEAR_N}` (`2019`), numbers `{N}` `{SEATS}` `{K}`, `{QUOTE}` a
//! quotation, `{SAID}` a verb of saying.

/// Topics, as indexes into the tables below: 0 is leadership.
pub(crate) const ALLIANCE: usize = 1;
pub(crate) const ELECTION: usize = 2;

pub(crate) const LEDES: [&[&str]; 3] = [
    &[
        "In the run-up to the election for the party president, {A} said {WHEN} that office-bearers must stay neutral between the contenders.",
        "{A} resigned from the post of {P} general secretary {WHEN}, days after the party high command rejected {his} demand for an organisational revamp in {STATE}.",
        "The {P} {WHEN} appointed {A} as the new state unit chief of {STATE}, replacing {B}, who had been at the helm since {YEAR_N}.",
        "Setting the stage for a reshuffle, {A} met senior leaders of the {P} {WHEN} and asked them to concentrate on the organisation before the {POLL}.",
        "A day after the {PBODY} meeting, {A} said {WHEN} that the party would hold organisational elections to choose a new president {UPCOMING}.",
    ],
    &[
        "The {P} and the {Q} are set to announce a pre-poll alliance for the {POLL}, {A} said {WHEN}, adding that talks on seat-sharing were in their final stage.",
        "Setting the stage for a broad-based coalition with {ALLY} partners, {A} said {WHEN} that the parties must win as many seats as possible by coordinating with like-minded colleagues.",
        "{A} {WHEN} ruled out a tie-up with the {Q} in {STATE}, saying the {P} would fight the {POLL} on its own.",
        "Seat-sharing talks between the {P} and the {Q} hit a hurdle {WHEN} after {A} demanded {SEATS} seats for {his} party in {STATE}.",
        "Leaders of the {ALLY} will meet in {CITY} {ON} to finalise a common minimum programme, {A} said {WHEN}.",
    ],
    &[
        "The {EC} {WHEN} announced the schedule for the {POLL}, with voting to be held in {N} phases {UPCOMING}.",
        "Campaigning for the {POLL} gathered pace {WHEN} as {A} addressed a string of rallies across {STATE}.",
        "{A} {WHEN} filed {his} nomination from the {CITY} constituency, accompanied by hundreds of {P} workers.",
        "With the {POLL} weeks away, the {P} {WHEN} released its first list of {SEATS} candidates, fielding {A} from {CITY}.",
        "Voters in {STATE} will go to the polls {UPCOMING}, and {A} said {WHEN} that the {P} was confident of a clear majority.",
    ],
];

pub(crate) const TOPICAL: [&[&str]; 3] = [
    &[
        "{A} said the party president would be elected by delegates and that every office-bearer was free to vote for the candidate of {his} choice.",
        "Several office-bearers have resigned to campaign for {A}, and more are expected to follow.",
        "The {PBODY} is expected to discuss the resignation of {B} at its meeting {ON}.",
        "{A} was appointed general secretary in charge of {STATE} {WHEN}, a post that had been vacant for {N} months.",
        "Party insiders said the high command was unhappy with the infighting in the {STATE} unit and wanted a leadership change before the {POLL}.",
        "The rebels, led by {B}, have demanded that the party follow the one person, one post rule.",
        "{A} has been at the helm of the state unit since {YEAR_N} and is seen as close to the party leadership.",
        "The newly appointed office-bearers will take charge {ON}, the party said in a statement.",
        "{B}, who had been tipped as a successor, said {he2} would not contest the party president poll.",
        "A section of leaders wants the organisational elections to be held before the {POLL}, while others want them put off.",
        "The {P} central election authority has asked all contenders to submit their nominations by {DATE}.",
        "{A} met {B} {WHEN} in an attempt to end the leadership crisis in the {STATE} unit.",
        "The party had asked its office-bearers to remain neutral or to quit their posts if they wanted to campaign for either contender.",
        "{B} was named the new in-charge of the {STATE} unit, and {C} was made working president.",
        "The {PBODY} authorised the party president to appoint the new office-bearers.",
        "{A}, who has held the post since {YEAR_N}, is expected to step down after the {POLL}.",
    ],
    &[
        "The seat-sharing formula is expected to be announced {ON} after a meeting of the coordination committee.",
        "{A} said the {ALLY} was united and that the alliance had moved forward in many directions.",
        "The {Q} has so far kept its options open, with {B} saying the party would decide on a tie-up after consulting its workers.",
        "In {YEAR_N}, the {P} and the {Q} had fought the polls together, winning {SEATS} of the {K} seats in {STATE}.",
        "{B} said the {Q} was open to forging an alliance with like-minded parties but would not accept fewer than {SEATS} seats.",
        "Talks on a seat adjustment in {STATE} broke down {WHEN} after the two sides failed to agree on {N} constituencies.",
        "The {ALLY} partners are also expected to discuss a joint campaign and a common manifesto.",
        "Leaders of the {Q} met {A} in {CITY} {WHEN} to explore the possibility of a pre-poll alliance.",
        "{A} said there were bleak chances of a post-poll alliance with the {Q} if the talks failed.",
        "The {P} has asked its allies to avoid public statements on seat-sharing until the talks are over.",
        "A senior {Q} leader said the party would support the {ALLY} from outside if no agreement was reached.",
        "The alliance partners will hold a joint rally in {CITY} {ON}.",
        "Under the proposed formula, the {P} would contest {SEATS} seats and leave the rest to its allies.",
        "The {ALLY} has set up a coordination committee of {N} members to resolve disputes among the partners.",
        "{B} said the {Q} had not been consulted before the {P} announced its candidates in {STATE}.",
        "The tie-up with the {Q} is seen as an attempt to consolidate the opposition vote in {STATE}.",
    ],
    &[
        "The {EC} has deployed additional forces in sensitive constituencies ahead of polling {ON}.",
        "Nearly {K} lakh voters are eligible to cast their votes in {STATE}, according to the {EC}.",
        "The {P} manifesto promises jobs, free electricity up to {K} units and a new pension scheme.",
        "Counting of votes will take place {ON}, and results are expected by the evening.",
        "{A} accused the {Q} of misusing official machinery during the campaign and said the party would approach the {EC}.",
        "The {Q} won {SEATS} of the {K} seats in the {YEAR_N} Assembly polls, while the {P} finished second.",
        "In {CITY}, {A} held a roadshow {WHEN} and urged voters to turn out in large numbers.",
        "The campaign for the first phase will end {ON}, the {EC} said.",
        "Polling in {N} constituencies was marred by complaints about EVMs, {B} said.",
        "The {P} has fielded {N} sitting MLAs and several new faces in the constituencies it lost last time.",
        "Turnout in the bypolls was {SEATS} per cent, the {EC} said {WHEN}.",
        "{B}, the {Q} candidate from {CITY}, said voters would reject the politics of caste and region.",
        "The {EC} has issued a notice to {B} for violating the model code of conduct.",
        "The {P} is banking on first-time voters and women, who make up nearly half of the electorate in {STATE}.",
        "{A} is contesting from {CITY}, a constituency the {P} last won {YEAR}.",
        "Campaigning will end {N} hours before polling, as required by the {EC}.",
    ],
];

pub(crate) const GENERAL: &[&str] = &[
    "{A} later left for {CITY}, where {he} is scheduled to meet party workers {ON}.",
    "The {Q} did not respond to the remarks.",
    "Party sources said the matter would be taken up at the next meeting of the {PBODY}.",
    "{A} also met {B} and {C} at {his} residence {WHEN}.",
    "The {P} has been trying to rebuild its organisation in {STATE} since its defeat {YEAR}.",
    "Political observers in {CITY} said the developments could change the equation in {STATE}.",
    "The remarks came in the backdrop of a protest by Opposition members in the {HOUSE} {WHEN}.",
    "{C}, one of the {Q} leaders from {STATE}, called the move an attempt to divert attention from real issues.",
    "The {P} will hold a convention of its workers in {CITY} {ON}, {B} said.",
    "{A} had visited {CITY} {WHEN} and is expected to return to {STATE} {ON}.",
    "The {PBODY} is likely to take up the issue when it meets {ON}.",
    "The opposition parties staged a walkout from the {HOUSE} {WHEN}, demanding a discussion.",
    "Over {K} party workers attended the meeting, which went on till late in the evening.",
    "{He} said the party would also hold a padyatra across {N} districts of {STATE}.",
    "The second phase of the yatra is likely to start {UPCOMING}, party leaders said.",
    "{B} and {C} were among those present at the meeting in {CITY}.",
    "{A} is also expected to visit {CITY} {ON} for a meeting with local leaders and workers.",
    "The {Q} said the remarks showed that the {P} had no answer to the questions raised by the people of {STATE}.",
    "Earlier, {A} had written to {B} seeking an appointment to discuss the situation in {STATE}.",
    "The {P} {STATE} unit has called a meeting of its district presidents {ON}.",
    "Leaders of the {PF} ({P}) in {STATE} will meet {ON} to review the situation.",
];

/// Sentences built around a quotation.
pub(crate) const QUOTED: &[&str] = &[
    "“{QUOTE},” {a} {SAID}.",
    "“{QUOTE},” {a} said, adding that the party would take a final call {ON}.",
    "{a} {SAID}: “{QUOTE}.”",
    "“{QUOTE},” {b} {SAID}.",
    "Speaking to reporters in {CITY}, {a} said: “{QUOTE}. {QUOTE}.”",
    "“{QUOTE},” {he} said in a post on X.",
    "{b} told reporters {WHEN}: “{QUOTE}.”",
    "“{QUOTE},” {a} {SAID}. “{QUOTE}.”",
];

pub(crate) const SAID: &[&str] = &[
    "said",
    "said",
    "said",
    "told reporters",
    "added",
    "said in a statement",
    "told PTI",
    "said at a press conference",
];
